import { rmSync, truncateSync, statSync, writeFileSync, openSync, writeSync, closeSync } from 'node:fs';
import { join } from 'node:path';
import { EmptyFileError, MediaError } from './errors';
import { probeMedia } from './probe';
import { ffmpegSync, makeClip, makeInterlacedClip, makeTempDir, makeVariableRateClip } from './test-media';

const dir = makeTempDir('probe');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('probeMedia', () => {
  it('counts the real frames of a variable-rate clip, in MP4 and in Matroska (which claims a constant rate)', async () => {
    for (const name of ['vfr.mp4', 'vfr.mkv']) {
      const [video] = (await probeMedia(makeVariableRateClip(join(dir, name)))).streams;
      expect([name, video.frameCount, video.variableFrameRate, video.frameRate]).toEqual([
        name,
        30,
        true,
        { num: 20, den: 1 },
      ]);
    }
  });

  it('says a constant-rate Matroska file is constant, with its frames counted', async () => {
    const clip = makeClip(join(dir, 'cfr.mkv'), { seconds: 1, rate: '25', audio: false });
    const [video] = (await probeMedia(clip)).streams;
    expect([video.frameCount, video.variableFrameRate, video.frameRate]).toEqual([25, false, { num: 25, den: 1 }]);
  });

  it('gives a raw H.264 stream, which says no duration, its frames and their duration', async () => {
    const raw = join(dir, 'camera.h264');
    ffmpegSync([
      '-f',
      'lavfi',
      '-i',
      'testsrc2=size=160x90:rate=25',
      '-frames:v',
      '10',
      '-c:v',
      'libx264',
      '-preset',
      'ultrafast',
      '-f',
      'h264',
      raw,
    ]);
    const metadata = await probeMedia(raw);
    expect([
      metadata.container,
      metadata.durationSeconds,
      metadata.streams[0].frameCount,
      metadata.streams[0].frameRate,
    ]).toEqual(['h264', 0.4, 10, { num: 25, den: 1 }]);
  });

  it('gives the scan type and the field shown first', async () => {
    const [tff] = (await probeMedia(makeInterlacedClip(join(dir, 'tff.mp4'), 'tff'))).streams;
    const [bff] = (await probeMedia(makeInterlacedClip(join(dir, 'bff.mp4'), 'bff'))).streams;
    expect([tff.scanType, tff.fieldDominance, bff.scanType, bff.fieldDominance]).toEqual([
      'interlaced',
      'tff',
      'interlaced',
      'bff',
    ]);
    const [progressive] = (await probeMedia(makeClip(join(dir, 'p.mp4'), { seconds: 0.2, audio: false }))).streams;
    expect([progressive.scanType, progressive.fieldDominance]).toEqual(['progressive', null]);
  });

  it('reads an H.264/AAC MP4 with a start timecode', async () => {
    const clip = makeClip(join(dir, 'clip.mp4'), { seconds: 2, rate: '25', timecode: '10:00:00:00' });
    const metadata = await probeMedia(clip);
    expect(metadata).toMatchObject({
      container: expect.stringContaining('mp4'),
      startTimecode: '10:00:00:00',
      sizeBytes: statSync(clip).size,
      startSeconds: 0,
    });
    expect(metadata.durationSeconds).toBeCloseTo(2, 1);
    expect(metadata.bitRate).toBeGreaterThan(0);
    const [video, audio, data] = metadata.streams;
    expect(video).toMatchObject({
      index: 0,
      type: 'video',
      codec: 'h264',
      codecTag: 'avc1',
      width: 320,
      height: 180,
      frameRate: { num: 25, den: 1 },
      frameCount: 50,
      fieldOrder: 'progressive',
      pixelFormat: 'yuv420p',
      bitDepth: 8,
      sampleAspectRatio: { num: 1, den: 1 },
      rotation: 0,
    });
    expect(video.profile).toMatch(/Baseline|High|Main/);
    expect(audio).toMatchObject({
      type: 'audio',
      codec: 'aac',
      profile: 'LC',
      channels: 1,
      channelLayout: 'mono',
      sampleRate: 48000,
    });
    expect(data).toMatchObject({ type: 'data', codecTag: 'tmcd', timecode: '10:00:00:00' });
  });

  it('keeps an NTSC rate exact and a drop-frame timecode as written', async () => {
    const clip = makeClip(join(dir, 'ntsc.mov'), {
      seconds: 1,
      rate: '30000/1001',
      timecode: '00:59:58;00',
      audio: false,
    });
    const metadata = await probeMedia(clip);
    expect(metadata.container).toContain('mov');
    expect(metadata.startTimecode).toBe('00:59:58;00');
    expect(metadata.streams[0].frameRate).toEqual({ num: 30000, den: 1001 });
  });

  it('reads 10-bit ProRes colour and a 24-bit WAV', async () => {
    const prores = join(dir, 'prores.mov');
    ffmpegSync([
      '-f',
      'lavfi',
      '-i',
      'testsrc2=size=128x72:rate=24000/1001',
      '-t',
      '0.2',
      '-vf',
      'setparams=color_primaries=bt709:color_trc=bt709:colorspace=bt709:range=tv',
      '-c:v',
      'prores_ks',
      '-profile:v',
      '3',
      '-pix_fmt',
      'yuv422p10le',
      prores,
    ]);
    const [video] = (await probeMedia(prores)).streams;
    expect(video).toMatchObject({
      codec: 'prores',
      codecTag: 'apch',
      pixelFormat: 'yuv422p10le',
      bitDepth: 10,
      colorPrimaries: 'bt709',
      colorTransfer: 'bt709',
      colorSpace: 'bt709',
      colorRange: 'tv',
      frameRate: { num: 24000, den: 1001 },
    });

    const wav = join(dir, 'tone.wav');
    ffmpegSync([
      '-f',
      'lavfi',
      '-i',
      'sine=frequency=440:sample_rate=96000:duration=0.5',
      '-ac',
      '2',
      '-c:a',
      'pcm_s24le',
      wav,
    ]);
    const wavMetadata = await probeMedia(wav);
    expect(wavMetadata.container).toBe('wav');
    expect(wavMetadata.streams[0]).toMatchObject({ codec: 'pcm_s24le', bitDepth: 24, channels: 2, sampleRate: 96000 });
    expect(wavMetadata.durationSeconds).toBeCloseTo(0.5, 2);
  });

  it('explains a truncated MP4 without a stack trace or a path', async () => {
    const clip = makeClip(join(dir, 'cut.mp4'), { seconds: 2 });
    truncateSync(clip, Math.floor(statSync(clip).size / 2));
    const error = await probeMedia(clip).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(MediaError);
    expect((error as MediaError).message).toBe('not a readable media file: moov atom not found');
  });

  it('refuses an empty file, a text file called .mov, and a WAV with a ruined header', async () => {
    const empty = join(dir, 'empty.mp4');
    writeFileSync(empty, '');
    await expect(probeMedia(empty)).rejects.toBeInstanceOf(EmptyFileError);

    const text = join(dir, 'notes.mov');
    writeFileSync(text, 'Call sheet for Tuesday.\nCrew at 7.\n');
    await expect(probeMedia(text)).rejects.toThrow(/^not a readable media file: /);

    const wav = join(dir, 'ruined.wav');
    ffmpegSync(['-f', 'lavfi', '-i', 'sine=frequency=440:duration=1', '-c:a', 'pcm_s16le', wav]);
    const fd = openSync(wav, 'r+');
    writeSync(fd, Buffer.from(Array.from({ length: 64 }, (_, i) => (i * 37 + 11) & 0xff)), 0, 64, 0);
    closeSync(fd);
    const error = await probeMedia(wav).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(MediaError);
    expect((error as Error).message).toMatch(/^not a readable media file: /);
    expect((error as Error).message).not.toContain(dir);
  });
});
