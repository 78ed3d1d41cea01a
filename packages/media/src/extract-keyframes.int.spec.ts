import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ffmpegSync as ffmpeg } from './test-media';
import { extractKeyframes } from './extract-keyframes';

const dir = mkdtempSync(join(tmpdir(), 'mam-keyframes-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('takes the first frame, each cut and at least one still per gap, with their times and frames', async () => {
  // 25 fps: 2 s of red, a cut to 7 s of blue (no change inside it), so only the gap rule adds frames there.
  const clip = join(dir, 'cuts.mp4');
  ffmpeg([
    '-f', 'lavfi', '-i', 'color=c=red:size=160x90:rate=25:duration=2',
    '-f', 'lavfi', '-i', 'color=c=blue:size=160x90:rate=25:duration=7',
    '-filter_complex', '[0:v][1:v]concat=n=2:v=1[v]', '-map', '[v]',
    '-c:v', 'libx264', '-preset', 'ultrafast', '-pix_fmt', 'yuv420p', clip,
  ]); // prettier-ignore
  const keyframes = await extractKeyframes(clip, join(dir, 'out'), { maxGapSeconds: 3 });
  expect(keyframes.map((key) => key.frame)).toEqual([0, 50, 125, 200]);
  expect(keyframes.map((key) => key.seconds)).toEqual([0, 2, 5, 8]);
  for (const key of keyframes) expect(statSync(key.file).size).toBeGreaterThan(100);

  // A rerun replaces the stills instead of adding to them.
  const again = await extractKeyframes(clip, join(dir, 'out'), { maxGapSeconds: 100 });
  expect(again.map((key) => key.frame)).toEqual([0, 50]);
});

it('takes a still image as its own one keyframe', async () => {
  const image = join(dir, 'still.png');
  ffmpeg(['-f', 'lavfi', '-i', 'color=c=green:size=64x64', '-frames:v', '1', image]);
  expect(await extractKeyframes(image, join(dir, 'none'), { still: true })).toEqual([
    { file: image, seconds: 0, frame: 0 },
  ]);
});
