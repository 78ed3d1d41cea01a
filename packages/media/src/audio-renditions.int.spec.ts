import { closeSync, existsSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { MediaError } from './errors';
import { makeAudioProxy } from './make-audio-proxy';
import { makeWaveform, type WaveformFile } from './make-waveform';
import { probeMedia } from './probe';
import { ffmpegSync, makeClip, makeTempDir, topLevelBoxes } from './test-media';
import { waveformPeaks } from './waveform-peaks';

const dir = makeTempDir('audio');
let toneThenSilence: string;

beforeAll(() => {
  // Mono: 2 s of a 440 Hz tone at the lavfi default amplitude (1/8), then 2 s of silence.
  toneThenSilence = join(dir, 'tone-then-silence.wav');
  ffmpegSync([
    '-f',
    'lavfi',
    '-i',
    'sine=frequency=440:sample_rate=48000:duration=2,apad=pad_dur=2',
    '-c:a',
    'pcm_s16le',
    toneThenSilence,
  ]);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('makeWaveform', () => {
  it('writes min/max peaks, one pair per bucket, near zero over the silence', async () => {
    const progress: number[] = [];
    const waveform = await makeWaveform(toneThenSilence, join(dir, 'out', 'waveform.json'), {
      bucketsPerSecond: 20,
      onProgress: (fraction) => progress.push(fraction),
    });
    expect(waveform).toMatchObject({ sampleRate: 8000, bucketsPerSecond: 20, buckets: 80, durationSeconds: 4 });
    const file = JSON.parse(readFileSync(waveform.file, 'utf8')) as WaveformFile;
    expect(file).toMatchObject({
      version: 1,
      sampleRate: 8000,
      samplesPerBucket: 400,
      bucketsPerSecond: 20,
      durationSeconds: 4,
    });
    expect(file.peaks).toHaveLength(2 * Math.round(file.durationSeconds * file.bucketsPerSecond));
    const pairs = Array.from({ length: file.peaks.length / 2 }, (_, i) => [file.peaks[2 * i], file.peaks[2 * i + 1]]);
    for (const [min, max] of pairs.slice(1, 39)) {
      expect(max).toBeCloseTo(0.125, 2);
      expect(min).toBeCloseTo(-0.125, 2);
    }
    for (const [min, max] of pairs.slice(41)) expect(Math.max(Math.abs(min), Math.abs(max))).toBeLessThan(0.001);
    expect(progress.at(-1)).toBe(1);
  });

  it('spreads a fixed number of buckets over the duration', async () => {
    const peaks = await waveformPeaks(toneThenSilence, { buckets: 10, durationSeconds: 4 });
    expect(peaks.samplesPerBucket).toBe(3200);
    expect(peaks.peaks).toHaveLength(20);
  });

  it('refuses video without sound and audio with a ruined header', async () => {
    const silentVideo = makeClip(join(dir, 'silent.mp4'), { seconds: 0.4, audio: false });
    await expect(makeWaveform(silentVideo, join(dir, 'none.json'))).rejects.toThrow(
      new MediaError('the file has no audio stream'),
    );

    const ruined = join(dir, 'ruined.wav');
    ffmpegSync(['-f', 'lavfi', '-i', 'sine=duration=1', '-c:a', 'pcm_s16le', ruined]);
    const fd = openSync(ruined, 'r+');
    writeSync(fd, Buffer.from(Array.from({ length: 64 }, (_, i) => (i * 37 + 11) & 0xff)), 0, 64, 0);
    closeSync(fd);
    await expect(makeWaveform(ruined, join(dir, 'ruined.json'))).rejects.toBeInstanceOf(MediaError);
    await expect(makeAudioProxy(ruined, join(dir, 'ruined.m4a'))).rejects.toThrow(/^not a readable media file: /);
    expect(existsSync(join(dir, 'ruined.json'))).toBe(false);
  });
});

describe('makeAudioProxy', () => {
  it('makes a stereo 48 kHz AAC .m4a of the same length with its moov first', async () => {
    const proxy = await makeAudioProxy(toneThenSilence, join(dir, 'proxy.m4a'));
    expect(proxy).toMatchObject({ channels: 2, sampleRate: 48000 });
    expect(proxy.durationSeconds).toBeCloseTo(4, 1);
    const made = await probeMedia(proxy.file);
    expect(made.container).toContain('mp4');
    expect(made.streams).toHaveLength(1);
    expect(made.streams[0]).toMatchObject({ type: 'audio', codec: 'aac', channels: 2, sampleRate: 48000 });
    const boxes = topLevelBoxes(proxy.file);
    expect(boxes.indexOf('moov')).toBeLessThan(boxes.indexOf('mdat'));
  });

  it('takes the sound of a video file', async () => {
    const clip = makeClip(join(dir, 'clip.mp4'), { seconds: 1 });
    const proxy = await makeAudioProxy(clip, join(dir, 'clip.m4a'));
    expect((await probeMedia(proxy.file)).streams.map((stream) => stream.type)).toEqual(['audio']);
  });
});
