import { existsSync, readFileSync, rmSync, statSync, truncateSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { MediaError } from './errors';
import { makeFilmstrip } from './make-filmstrip';
import { makePoster } from './make-poster';
import { makeSceneThumbnails } from './make-scene-thumbnails';
import { makeVideoProxy } from './make-video-proxy';
import { probeMedia } from './probe';
import { framesToSeconds } from './rational';
import {
  ffmpegSync,
  frameTimes,
  interlaceDetection,
  makeClip,
  makeInterlacedClip,
  makeTempDir,
  makeVariableRateClip,
  topLevelBoxes,
} from './test-media';

const dir = makeTempDir('video');
let hd: string;
let small: string;

beforeAll(() => {
  hd = makeClip(join(dir, 'hd.mp4'), { seconds: 4, size: '1920x1080', rate: '25', timecode: '10:00:00:00' });
  small = makeClip(join(dir, 'small.mp4'), { seconds: 4, size: '320x180', rate: '25', audio: false });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const videoOf = async (path: string) => (await probeMedia(path)).streams.find((stream) => stream.type === 'video')!;

describe('makeVideoProxy', () => {
  it('makes a 720p faststart H.264 proxy at the exact source rate, duration and timecode', async () => {
    const progress: number[] = [];
    const proxy = await makeVideoProxy(hd, join(dir, 'out', 'proxy.mp4'), {
      onProgress: (fraction) => progress.push(fraction),
    });
    expect(proxy).toMatchObject({
      width: 1280,
      height: 720,
      frameRate: { num: 25, den: 1 },
      startTimecode: '10:00:00:00',
      hasAudio: true,
    });

    const [source, made] = [await videoOf(hd), await videoOf(proxy.file)];
    expect(made).toMatchObject({
      codec: 'h264',
      pixelFormat: 'yuv420p',
      width: 1280,
      height: 720,
      frameRate: { num: 25, den: 1 },
      variableFrameRate: false,
    });
    expect(Math.abs(made.durationSeconds! - source.durationSeconds!)).toBeLessThanOrEqual(
      framesToSeconds(1, { num: 25, den: 1 }),
    );
    expect(made.frameCount).toBe(source.frameCount);

    const boxes = topLevelBoxes(proxy.file);
    expect(boxes.indexOf('moov')).toBeGreaterThanOrEqual(0);
    expect(boxes.indexOf('moov')).toBeLessThan(boxes.indexOf('mdat'));

    expect(progress.length).toBeGreaterThan(1);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(progress.at(-1)).toBe(1);
  });

  it('keeps 24000/1001 exactly, frame for frame, and never enlarges a small source', async () => {
    const clip = makeClip(join(dir, 'film.mov'), { seconds: 2, size: '320x180', rate: '24000/1001' });
    const proxy = await makeVideoProxy(clip, join(dir, 'film-proxy.mp4'));
    expect(proxy.frameRate).toEqual({ num: 24000, den: 1001 });
    expect(proxy.height).toBe(180);
    const [source, made] = [await videoOf(clip), await videoOf(proxy.file)];
    expect(made.frameRate).toEqual({ num: 24000, den: 1001 });
    expect(made.frameCount).toBe(source.frameCount);
  });

  it('keeps a 29.97 drop-frame start timecode so an editor can relink', async () => {
    const clip = makeClip(join(dir, 'ntsc.mp4'), { seconds: 1, rate: '30000/1001', timecode: '00:59:58;00' });
    const proxy = await makeVideoProxy(clip, join(dir, 'ntsc-proxy.mp4'));
    expect(proxy.startTimecode).toBe('00:59:58;00');
    expect(proxy.frameRate).toEqual({ num: 30000, den: 1001 });
  });

  it('squares anamorphic pixels: 720x576 PAL widescreen comes out 1024x576', async () => {
    const clip = join(dir, 'pal-wide.mp4');
    ffmpegSync([
      '-f',
      'lavfi',
      '-i',
      'testsrc2=size=720x576:rate=25',
      '-t',
      '0.4',
      '-vf',
      'setsar=64/45',
      '-c:v',
      'libx264',
      '-preset',
      'ultrafast',
      clip,
    ]);
    const proxy = await makeVideoProxy(clip, join(dir, 'pal-wide-proxy.mp4'));
    expect([proxy.width, proxy.height]).toEqual([1024, 576]);
    expect((await videoOf(proxy.file)).sampleAspectRatio).toEqual({ num: 1, den: 1 });
  });

  it('fails on a truncated MP4 with a readable reason and leaves no output', async () => {
    const clip = makeClip(join(dir, 'cut.mp4'), { seconds: 1 });
    truncateSync(clip, Math.floor(statSync(clip).size / 2));
    const output = join(dir, 'cut-proxy.mp4');
    await expect(makeVideoProxy(clip, output)).rejects.toThrow(
      new MediaError('not a readable media file: moov atom not found'),
    );
    expect(existsSync(output)).toBe(false);
  });

  it('refuses audio-only input', async () => {
    const wav = join(dir, 'tone.wav');
    ffmpegSync(['-f', 'lavfi', '-i', 'sine=duration=0.5', wav]);
    await expect(makeVideoProxy(wav, join(dir, 'none.mp4'))).rejects.toThrow(
      new MediaError('the file has no video stream'),
    );
  });
});

describe('makePoster', () => {
  it('writes a JPEG 1 s into a short clip, at most 1280 wide', async () => {
    const poster = await makePoster(hd, join(dir, 'poster.jpg'));
    expect(poster).toEqual({ file: join(dir, 'poster.jpg'), width: 1280, height: 720, seconds: 1, frame: 25 });
    expect([...readFileSync(poster.file).subarray(0, 3)]).toEqual([0xff, 0xd8, 0xff]);
    const metadata = await sharp(poster.file).metadata();
    expect([metadata.format, metadata.width, metadata.height]).toEqual(['jpeg', 1280, 720]);
  });
});

describe('makeSceneThumbnails', () => {
  it('finds the cuts between solid colours and shows each new colour', async () => {
    const cuts = join(dir, 'cuts.mp4');
    const colours = ['red', 'blue', 'lime', 'white'];
    ffmpegSync([
      '-filter_complex',
      `${colours.map((colour, i) => `color=c=${colour}:size=320x180:rate=25:duration=1[c${i}]`).join(';')};${colours.map((_, i) => `[c${i}]`).join('')}concat=n=4`,
      '-c:v',
      'libx264',
      '-preset',
      'ultrafast',
      '-pix_fmt',
      'yuv420p',
      cuts,
    ]);
    const thumbnails = await makeSceneThumbnails(cuts, join(dir, 'cut-thumbs'), { count: 3 });
    expect(thumbnails.map((thumbnail) => thumbnail.frame)).toEqual([25, 50, 75]);
    expect(thumbnails.map((thumbnail) => thumbnail.seconds)).toEqual([1, 2, 3]);
    const centres = await Promise.all(
      thumbnails.map(async ({ file }) => [
        ...(await sharp(file).extract({ left: 160, top: 90, width: 1, height: 1 }).raw().toBuffer()),
      ]),
    );
    const [blue, lime, white] = centres;
    expect(blue[2]).toBeGreaterThan(200);
    expect(blue[0]).toBeLessThan(60);
    expect(lime[1]).toBeGreaterThan(200);
    expect(lime[0]).toBeLessThan(60);
    expect(Math.min(...white)).toBeGreaterThan(200);
  });

  it('falls back to even intervals when there are too few cuts, with increasing timestamps', async () => {
    const thumbnails = await makeSceneThumbnails(small, join(dir, 'thumbs'), { count: 4 });
    expect(thumbnails).toHaveLength(4);
    thumbnails.forEach((thumbnail, i) => {
      expect(thumbnail.file).toBe(join(dir, 'thumbs', `interval-000${i + 1}.jpg`));
      expect(thumbnail.seconds).toBeCloseTo(i + 0.5, 1);
      expect(thumbnail.frame).toBe(Math.round(thumbnail.seconds * 25));
    });
    const seconds = thumbnails.map((thumbnail) => thumbnail.seconds);
    expect(seconds).toEqual([...seconds].sort((a, b) => a - b));
    expect(new Set(seconds).size).toBe(4);
    const { width, height, format } = await sharp(thumbnails[0].file).metadata();
    expect([format, width, height]).toEqual(['jpeg', 320, 180]);
  });
});

describe('makeFilmstrip', () => {
  it('writes a sprite whose size matches its index', async () => {
    const strip = await makeFilmstrip(small, join(dir, 'strip.jpg'));
    expect(strip.index).toEqual({
      columns: 4,
      rows: 1,
      tileWidth: 160,
      tileHeight: 90,
      intervalSeconds: expect.closeTo(1, 1),
      count: 4,
    });
    expect([strip.width, strip.height]).toEqual([
      strip.index.columns * strip.index.tileWidth,
      strip.index.rows * strip.index.tileHeight,
    ]);
    const metadata = await sharp(strip.file).metadata();
    expect([metadata.format, metadata.width, metadata.height]).toEqual(['jpeg', 640, 90]);
  });

  it('wraps tiles into rows of ten', async () => {
    const clip = makeClip(join(dir, 'long.mp4'), { seconds: 12, size: '160x90', rate: '10', audio: false });
    const strip = await makeFilmstrip(clip, join(dir, 'long-strip.jpg'));
    expect(strip.index).toMatchObject({ columns: 10, rows: 2, tileWidth: 160, tileHeight: 90, count: 12 });
    expect([strip.width, strip.height]).toEqual([1600, 180]);
  });
});

describe('a still-length clip (one frame) is valid media', () => {
  it('gets a proxy, a poster, one thumbnail of its only frame and a one-tile filmstrip', async () => {
    const clip = join(dir, 'one-frame.mp4');
    ffmpegSync([
      '-f',
      'lavfi',
      '-i',
      'testsrc2=size=320x180:rate=25',
      '-frames:v',
      '1',
      '-c:v',
      'libx264',
      '-preset',
      'ultrafast',
      '-pix_fmt',
      'yuv420p',
      clip,
    ]);
    expect((await videoOf(clip)).frameCount).toBe(1);
    const proxy = await makeVideoProxy(clip, join(dir, 'one-frame', 'proxy.mp4'));
    expect((await videoOf(proxy.file)).frameCount).toBe(1);
    expect(await makePoster(clip, join(dir, 'one-frame', 'poster.jpg'))).toMatchObject({
      width: 320,
      height: 180,
      seconds: 0,
      frame: 0,
    });
    const thumbnails = await makeSceneThumbnails(clip, join(dir, 'one-frame', 'thumbs'));
    expect(thumbnails).toEqual([{ file: join(dir, 'one-frame', 'thumbs', 'first-0001.jpg'), seconds: 0, frame: 0 }]);
    expect((await sharp(thumbnails[0].file).metadata()).width).toBe(320);
    const strip = await makeFilmstrip(clip, join(dir, 'one-frame', 'strip.jpg'));
    expect(strip.index.count).toBe(1);
  });
});

describe('a variable-rate source', () => {
  it("gets a proxy with each of its frames once, at the master's own times", async () => {
    for (const name of ['vfr.mp4', 'vfr.mkv']) {
      const clip = makeVariableRateClip(join(dir, name));
      const proxy = await makeVideoProxy(clip, join(dir, `${name}-proxy.mp4`));
      expect([name, proxy.variableFrameRate, proxy.frameCount]).toEqual([name, true, 30]);
      const [source, made] = [frameTimes(clip), frameTimes(proxy.file)];
      expect(made).toHaveLength(30);
      made.forEach((seconds, i) => expect(Math.abs(seconds - source[i])).toBeLessThan(0.002));
    }
  });
});

describe('an interlaced source', () => {
  it('gets a de-interlaced proxy, not a combed one (ffmpeg idet)', async () => {
    const clip = makeInterlacedClip(join(dir, 'interlaced.mp4'));
    const source = interlaceDetection(clip);
    expect(source.interlaced).toBeGreaterThanOrEqual(18);
    const proxy = await makeVideoProxy(clip, join(dir, 'interlaced-proxy.mp4'));
    const made = interlaceDetection(proxy.file);
    expect(made.progressive).toBeGreaterThanOrEqual(14);
    expect(made.interlaced).toBeLessThanOrEqual(5);
    expect(proxy.frameCount).toBe(20);
  });
});
