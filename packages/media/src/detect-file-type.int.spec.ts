import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { detectFileType } from './detect-file-type';
import { EmptyFileError } from './errors';
import { ffmpegSync, makeTempDir } from './test-media';

const dir = makeTempDir('detect');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const video = ['-f', 'lavfi', '-i', 'testsrc2=size=64x64:rate=25', '-t', '0.2'];
const audio = ['-f', 'lavfi', '-i', 'sine=duration=0.2'];

/** Files made by ffmpeg, named with a misleading extension so only their bytes can tell. */
const made: [string, string[], string, string, string][] = [
  ['mp4', [...video, '-c:v', 'libx264', '-f', 'mp4'], 'video', 'video/mp4', 'mp4'],
  ['mov', [...video, '-c:v', 'libx264', '-f', 'mov'], 'video', 'video/quicktime', 'mov'],
  ['mkv', [...video, '-c:v', 'libx264', '-f', 'matroska'], 'video', 'video/x-matroska', 'mkv'],
  ['mxf', [...video, '-c:v', 'mpeg2video', '-f', 'mxf'], 'video', 'application/mxf', 'mxf'],
  ['avi', [...video, '-c:v', 'mpeg4', '-f', 'avi'], 'video', 'video/x-msvideo', 'avi'],
  ['ts', [...video, '-c:v', 'mpeg2video', '-f', 'mpegts'], 'video', 'video/mp2t', 'mpegts'],
  ['webm', [...video, '-c:v', 'libvpx', '-f', 'webm'], 'video', 'video/webm', 'webm'],
  [
    'gxf',
    ['-f', 'lavfi', '-i', 'testsrc2=size=720x576:rate=25', '-t', '0.2', '-c:v', 'mpeg2video', '-f', 'gxf'],
    'video',
    'application/gxf',
    'gxf',
  ],
  ['wav', [...audio, '-f', 'wav'], 'audio', 'audio/wav', 'wav'],
  ['aiff', [...audio, '-f', 'aiff'], 'audio', 'audio/aiff', 'aiff'],
  ['flac', [...audio, '-f', 'flac'], 'audio', 'audio/flac', 'flac'],
  ['mp3', [...audio, '-c:a', 'libmp3lame', '-f', 'mp3'], 'audio', 'audio/mpeg', 'mp3'],
  [
    'mp3 without ID3',
    [...audio, '-c:a', 'libmp3lame', '-write_xing', '0', '-id3v2_version', '0', '-f', 'mp3'],
    'audio',
    'audio/mpeg',
    'mp3',
  ],
  ['ogg', [...audio, '-c:a', 'libvorbis', '-f', 'ogg'], 'audio', 'audio/ogg', 'ogg'],
  ['opus', [...audio, '-c:a', 'libopus', '-f', 'ogg'], 'audio', 'audio/ogg', 'opus'],
  ['adts', [...audio, '-c:a', 'aac', '-f', 'adts'], 'audio', 'audio/aac', 'aac'],
  ['m4a', [...audio, '-c:a', 'aac', '-f', 'ipod'], 'audio', 'audio/mp4', 'm4a'],
];

describe('detectFileType', () => {
  it.each(made)('knows %s by its bytes', async (name, args, kind, mime, format) => {
    const file = join(dir, `${name.replace(/\W/g, '-')}.bin`);
    ffmpegSync([...args, file]);
    expect(await detectFileType(file)).toEqual({ kind, mime, format });
  });

  it('knows images written by sharp', async () => {
    const base = sharp({ create: { width: 8, height: 8, channels: 3, background: '#808080' } });
    const cases: [string, Promise<Buffer>, string][] = [
      ['jpeg', base.clone().jpeg().toBuffer(), 'image/jpeg'],
      ['png', base.clone().png().toBuffer(), 'image/png'],
      ['webp', base.clone().webp().toBuffer(), 'image/webp'],
      ['gif', base.clone().gif().toBuffer(), 'image/gif'],
      ['tiff', base.clone().tiff().toBuffer(), 'image/tiff'],
      ['avif', base.clone().avif().toBuffer(), 'image/avif'],
    ];
    for (const [format, bytes, mime] of cases) {
      const file = join(dir, `image-${format}.dat`);
      writeFileSync(file, await bytes);
      expect(await detectFileType(file)).toEqual({ kind: 'image', mime, format });
    }
  });

  it('takes a text file called .mov for text, not video', async () => {
    const file = join(dir, 'fake.mov');
    writeFileSync(file, 'INT. EDIT SUITE - NIGHT\nThe render bar crawls.\n');
    expect(await detectFileType(file)).toEqual({ kind: 'document', mime: 'text/plain', format: 'text' });
  });

  it('knows a PDF, and calls unknown bytes other', async () => {
    const pdf = join(dir, 'doc.bin');
    writeFileSync(pdf, '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n');
    expect(await detectFileType(pdf)).toEqual({ kind: 'document', mime: 'application/pdf', format: 'pdf' });
    const unknown = join(dir, 'unknown.mp4');
    writeFileSync(unknown, Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256)));
    expect(await detectFileType(unknown)).toEqual({
      kind: 'other',
      mime: 'application/octet-stream',
      format: 'unknown',
    });
  });

  it('throws EmptyFileError for a zero-byte file', async () => {
    const empty = join(dir, 'empty.mp4');
    writeFileSync(empty, '');
    await expect(detectFileType(empty)).rejects.toBeInstanceOf(EmptyFileError);
  });
});
