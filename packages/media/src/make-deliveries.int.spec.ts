import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { DELIVERY_PRESETS, findDeliveryPreset } from './delivery-presets';
import { makeDeliveries, type DeliveryRequest } from './make-deliveries';
import { probeMedia } from './probe';
import { primaryVideoStream } from './streams';
import { ffmpegSync, makeTempDir } from './test-media';

const EXTENSIONS: Record<string, string> = {
  mp4: '.mp4',
  mov: '.mov',
  webm: '.webm',
  mxf: '.mxf',
  wav: '.wav',
  mp3: '.mp3',
  hls: '',
  images: '',
};
const memoryBytes = 8 * 1024 ** 3;

/** The mean colour of a video's first frame (scaled to one pixel), 0..255 each. */
function meanColour(path: string): { red: number; green: number; blue: number } {
  const pixel = `${path}.rgb`;
  ffmpegSync([
    '-i',
    path,
    '-frames:v',
    '1',
    '-vf',
    'scale=1:1:flags=area',
    '-f',
    'rawvideo',
    '-pix_fmt',
    'rgb24',
    pixel,
  ]);
  const [red, green, blue] = readFileSync(pixel);
  return { red, green, blue };
}

/** A 1 s 1080p master with a stereo tone (left and right at different pitches) and a start timecode. */
function makeMaster(path: string, rate: string, timecode: string): string {
  ffmpegSync([
    '-f',
    'lavfi',
    '-i',
    `testsrc2=size=1920x1080:rate=${rate}`,
    '-f',
    'lavfi',
    '-i',
    'sine=frequency=440:sample_rate=48000',
    '-f',
    'lavfi',
    '-i',
    'sine=frequency=660:sample_rate=48000',
    '-filter_complex',
    '[1:a][2:a]amerge=inputs=2[a]',
    '-map',
    '0:v',
    '-map',
    '[a]',
    '-t',
    '1',
    '-c:v',
    'libx264',
    '-preset',
    'ultrafast',
    '-pix_fmt',
    'yuv420p',
    '-c:a',
    'pcm_s16le',
    '-timecode',
    timecode,
    path,
  ]);
  return path;
}

const request = (dir: string, id: string): DeliveryRequest => {
  const preset = findDeliveryPreset(id)!;
  return { id, spec: preset.spec, target: join(dir, `${id}${EXTENSIONS[preset.spec.container]}`) };
};

describe('makeDeliveries', () => {
  const dir = makeTempDir('deliveries');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('makes every preset from one 1080p25 stereo master in one run, each verified against its profile', async () => {
    const master = makeMaster(join(dir, 'master25.mov'), '25', '10:00:00:00');
    const progress = new Map<string, number>();
    const run = await makeDeliveries(
      master,
      DELIVERY_PRESETS.map((preset) => request(join(dir, 'p25'), preset.id)),
      { memoryBytes, onOutputProgress: (id, f) => progress.set(id, f) },
    );
    expect(run.outcomes.map((o) => [o.id, o.status, o.reason])).toEqual(
      DELIVERY_PRESETS.map((p) => [p.id, 'verified', null]),
    );
    expect([...progress.values()].every((f) => f === 1)).toBe(true);
    const web = run.outcomes.find((o) => o.id === 'web-h264-1080p')!;
    expect(web.loudnessPlan?.mode).toBe('linear');
    expect(Math.abs(web.loudness!.integrated - -14)).toBeLessThanOrEqual(1);
    const wav = run.outcomes.find((o) => o.id === 'wav-48k-24bit')!;
    expect(Math.abs(wav.loudness!.integrated - -23)).toBeLessThanOrEqual(1);
    expect(run.outcomes.find((o) => o.id === 'hls-ladder')!.files).toEqual(
      expect.arrayContaining(['master.m3u8', 'stream_0.m3u8', 'stream_2.m3u8']),
    );
    expect(run.outcomes.find((o) => o.id === 'poster-thumbnails')!.files).toEqual([
      'poster.jpg',
      'thumb-001.jpg',
      'thumb-002.jpg',
      'thumb-003.jpg',
      'thumb-004.jpg',
      'thumb-005.jpg',
    ]);
  }, 240_000);

  it('keeps a 23.976 master’s rate and timecode where the profile keeps them, and counts the same moment at 25', async () => {
    const master = makeMaster(join(dir, 'master2398.mov'), '24000/1001', '01:00:00:12');
    const ids = ['prores-422-hq', 'dnxhr-hq-mxf', 'web-h264-1080p', 'h265-mp4', 'social-9x16-1080x1920', 'xdcam-hd422'];
    const run = await makeDeliveries(
      master,
      ids.map((id) => request(join(dir, 'p2398'), id)),
      { memoryBytes },
    );
    expect(run.outcomes.map((o) => [o.id, o.status, o.reason])).toEqual(ids.map((id) => [id, 'verified', null]));
    for (const id of ids) {
      const { spec, target } = request(join(dir, 'p2398'), id);
      const probed = await probeMedia(target);
      const keepsRate = spec.video!.frameRate === 'source';
      expect([id, primaryVideoStream(probed)?.frameRate]).toEqual([
        id,
        keepsRate ? { num: 24000, den: 1001 } : { num: 25, den: 1 },
      ]);
      const timecode = spec.timecode === 'none' ? null : keepsRate ? '01:00:00:12' : '01:00:00:13';
      expect([id, probed.startTimecode]).toEqual([id, timecode]);
    }
  }, 240_000);

  it('fails an audio profile on a master with no sound, alone and with the reason, and still makes the others', async () => {
    const silent = join(dir, 'picture-only.mp4');
    ffmpegSync([
      '-f',
      'lavfi',
      '-i',
      'testsrc2=size=320x180:rate=25',
      '-t',
      '0.4',
      '-c:v',
      'libx264',
      '-preset',
      'ultrafast',
      '-pix_fmt',
      'yuv420p',
      silent,
    ]);
    const run = await makeDeliveries(
      silent,
      [request(join(dir, 'silent'), 'wav-48k-24bit'), request(join(dir, 'silent'), 'poster-thumbnails')],
      { memoryBytes },
    );
    expect(run.outcomes.map((o) => [o.id, o.status, o.reason])).toEqual([
      ['wav-48k-24bit', 'failed', 'the master has no audio for an audio profile'],
      ['poster-thumbnails', 'verified', null],
    ]);
  }, 120_000);

  it('frames a vertical output on the faces it is given, and on the middle without them', async () => {
    // Red on the left half of the master, blue on the right; the face is on the right.
    const master = join(dir, 'halves.mov');
    ffmpegSync([
      '-f',
      'lavfi',
      '-i',
      'color=red:size=320x360:rate=25,format=yuv420p[l];color=blue:size=320x360:rate=25,format=yuv420p[r];[l][r]hstack',
      '-t',
      '0.4',
      '-c:v',
      'libx264',
      '-preset',
      'ultrafast',
      '-pix_fmt',
      'yuv420p',
      master,
    ]);
    const base = findDeliveryPreset('social-9x16-1080x1920')!.spec;
    const spec = { ...base, audio: undefined, video: { ...base.video!, width: 180, height: 320 } };
    const faces = [0, 0.2].map((seconds) => ({ seconds, faces: [{ x: 0.8, y: 0.3, width: 0.1, height: 0.2 }] }));
    const made = async (name: string, withFaces: boolean) => {
      const target = join(dir, 'framed', `${name}.mp4`);
      const run = await makeDeliveries(master, [{ id: name, spec, target }], {
        memoryBytes,
        faces: withFaces ? faces : null,
      });
      expect(run.outcomes.map((o) => [o.status, o.reason])).toEqual([['verified', null]]);
      return meanColour(target);
    };
    const following = await made('faces', true);
    expect(following.blue).toBeGreaterThan(200);
    expect(following.red).toBeLessThan(40);
    const middle = await made('middle', false);
    expect(Math.abs(middle.red - middle.blue)).toBeLessThan(60);
    expect(middle.red).toBeGreaterThan(60);
  }, 120_000);
});
