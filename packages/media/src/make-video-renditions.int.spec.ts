import { chmodSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import sharp from 'sharp';
import { makeFilmstrip } from './make-filmstrip';
import { makePoster } from './make-poster';
import { makeSceneThumbnails } from './make-scene-thumbnails';
import { makeVideoRenditions } from './make-video-renditions';
import { makeWaveform, type WaveformFile } from './make-waveform';
import { findExecutable } from './find-executable';
import { probeMedia } from './probe';
import { makeClip, makeTempDir } from './test-media';

const dir = makeTempDir('one-decode');
let clip: string;
let silent: string;
/** An ffmpeg that notes each run in a log before it runs: how many runs a call takes. */
let countingFfmpeg: string;
const runLog = join(dir, 'runs.log');

beforeAll(() => {
  clip = makeClip(join(dir, 'clip.mp4'), { seconds: 8, size: '1280x720', rate: '25', timecode: '01:00:00:00' });
  silent = makeClip(join(dir, 'silent.mp4'), { seconds: 3, size: '640x360', rate: '25', audio: false });
  countingFfmpeg = join(dir, 'ffmpeg-counting');
  writeFileSync(countingFfmpeg, `#!/bin/sh\necho run >> '${runLog}'\nexec '${findExecutable('ffmpeg')}' "$@"\n`);
  chmodSync(countingFfmpeg, 0o755);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const sizeOf = async (file: string) => {
  const { width, height } = await sharp(file).metadata();
  return [width, height];
};
const runs = () => readFileSync(runLog, 'utf8').trim().split('\n').length;

describe('makeVideoRenditions', () => {
  it('makes the proxy, poster, thumbnails, filmstrip and waveform in one ffmpeg run, each as its own maker does', async () => {
    const out = join(dir, 'one');
    const progress: number[] = [];
    rmSync(runLog, { force: true });
    const made = await makeVideoRenditions(clip, join(out, 'proxy.mp4'), {
      height: 360,
      tools: { ffmpeg: countingFfmpeg },
      onProgress: (fraction) => progress.push(fraction),
      poster: { output: join(out, 'poster.jpg') },
      thumbnails: { dir: join(out, 'thumbnails') },
      filmstrip: { output: join(out, 'filmstrip.jpg') },
      waveform: { output: join(out, 'waveform.json') },
    });
    expect(runs()).toBe(1);
    expect(progress.at(-1)).toBe(1);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    // Told as the run goes, though the filmstrip's one frame comes only at the end.
    expect(progress.filter((fraction) => fraction > 0 && fraction < 1).length).toBeGreaterThan(3);

    // The proxy: as makeVideoProxy makes it.
    expect(made.proxy).toMatchObject({ width: 640, height: 360, frameRate: { num: 25, den: 1 }, hasAudio: true });
    expect(made.proxy.startTimecode).toBe('01:00:00:00');
    const proxyVideo = (await probeMedia(made.proxy.file)).streams.find((stream) => stream.type === 'video')!;
    expect(proxyVideo.frameCount).toBe(200);

    // Each other rendition: the same files and facts as its own maker's separate run.
    const alone = join(dir, 'alone');
    const poster = await makePoster(clip, join(alone, 'poster.jpg'));
    expect(made.poster?.made).toMatchObject({ width: 1280, height: 720, seconds: 1, frame: 25 });
    expect(made.poster?.made).toMatchObject({ width: poster.width, height: poster.height, frame: poster.frame });
    expect(await sizeOf(made.poster!.made!.file)).toEqual([1280, 720]);

    const thumbnails = await makeSceneThumbnails(clip, join(alone, 'thumbnails'));
    const shared = made.thumbnails!.made!;
    expect(shared).toHaveLength(12);
    expect(shared.map((t) => [t.seconds, t.frame])).toEqual(thumbnails.map((t) => [t.seconds, t.frame]));
    expect(await sizeOf(shared[0].file)).toEqual([320, 180]);
    // Only the chosen pass's files are left.
    expect(readdirSync(join(out, 'thumbnails')).sort()).toEqual(shared.map((t) => basename(t.file)).sort());

    const filmstrip = await makeFilmstrip(clip, join(alone, 'filmstrip.jpg'));
    expect(made.filmstrip?.made?.index).toEqual(filmstrip.index);
    expect(made.filmstrip?.made?.index).toMatchObject({
      columns: 8,
      rows: 1,
      tileWidth: 160,
      tileHeight: 90,
      count: 8,
    });
    expect(await sizeOf(made.filmstrip!.made!.file)).toEqual([1280, 90]);

    const waveform = await makeWaveform(clip, join(alone, 'waveform.json'));
    const sharedPeaks = JSON.parse(readFileSync(made.waveform!.made!.file, 'utf8')) as WaveformFile;
    const alonePeaks = JSON.parse(readFileSync(waveform.file, 'utf8')) as WaveformFile;
    expect(sharedPeaks.peaks.length).toBe(8 * 20 * 2);
    expect(sharedPeaks).toEqual(alonePeaks);
    expect(Math.max(...sharedPeaks.peaks)).toBeGreaterThan(0.1);
    // No samples file is left behind.
    expect(readdirSync(out).sort()).toEqual([
      'filmstrip.jpg',
      'poster.jpg',
      'proxy.mp4',
      'thumbnails',
      'waveform.json',
    ]);
  });

  it('fails only the rendition that cannot be made: a video without sound has no waveform', async () => {
    const out = join(dir, 'silent');
    const made = await makeVideoRenditions(silent, join(out, 'proxy.mp4'), {
      poster: { output: join(out, 'poster.jpg') },
      filmstrip: { output: join(out, 'filmstrip.jpg') },
      waveform: { output: join(out, 'waveform.json') },
    });
    expect(made.proxy).toMatchObject({ width: 640, height: 360, hasAudio: false });
    expect(made.waveform?.error?.message).toBe('the file has no audio stream');
    expect(await sizeOf(made.poster!.made!.file)).toEqual([640, 360]);
    expect(made.filmstrip?.made?.index).toMatchObject({ columns: 3, rows: 1, count: 3 });
    expect(readdirSync(out).sort()).toEqual(['filmstrip.jpg', 'poster.jpg', 'proxy.mp4']);
  });
});
