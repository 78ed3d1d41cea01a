import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { characterAccuracy, createTesseractEngine } from '@mam/enrichment';
import { defaultToolCommand } from '@mam/media';
import { fmt, repoRoot, smoke, timed } from './support';

const SIZE = '1280x720';

/** ffmpeg input arguments of the busy pictures behind the caption, each scaled to the frame. */
const backgrounds = (photos: string): [string, string[]][] => [
  ['testsrc2', ['-f', 'lavfi', '-i', `testsrc2=size=${SIZE}`]],
  ['mandelbrot', ['-f', 'lavfi', '-i', `mandelbrot=size=${SIZE}`]],
  ['grain', ['-f', 'lavfi', '-i', `color=c=0x707070:size=${SIZE},noise=alls=80:allf=u`]],
  ['photo (cat)', ['-i', join(photos, 'chelsea.png')]],
  ['photo (coffee)', ['-i', join(photos, 'coffee.png')]],
];

const CAPTIONS = [
  'Harbour Lights 2026',
  'Breaking: storm closes the coast road',
  'Interview with Dr. Amira Okafor',
  'Scene 14 / Take 3',
  'www.example.org/live',
];

/** One 1280x720 frame: the background scaled to it, with the caption drawn as a lower third, as a broadcast would. */
function renderFrame(dir: string, name: string, background: string[], caption: string): string {
  const textFile = join(dir, `${name}.txt`);
  writeFileSync(textFile, caption);
  const frame = join(dir, `${name}.png`);
  const filter = `scale=${SIZE.replace('x', ':')},drawtext=textfile=${textFile}:fontsize=64:fontcolor=white:box=1:boxcolor=black@0.6:boxborderw=12:x=(w-text_w)/2:y=h-160`;
  const rendered = spawnSync(
    defaultToolCommand('ffmpeg'),
    ['-nostdin', '-hide_banner', '-loglevel', 'error', '-y', ...background, '-vf', filter, '-frames:v', '1', frame],
    { encoding: 'utf8' },
  );
  if (rendered.status !== 0) throw new Error(`ffmpeg could not render ${name}: ${rendered.stderr}`);
  return frame;
}

/**
 * On-screen text: tesseract's character accuracy (1 - character edit distance / caption length,
 * over everything it reads on the frame) on captions drawn by ffmpeg over busy 720p pictures,
 * and seconds per frame.
 */
export async function benchEnrichmentOcr(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'mam-bench-ocr-'));
  const engine = createTesseractEngine();
  try {
    const availability = await engine.availability();
    if (!availability.installed) throw new Error(`OCR engine not installed: ${availability.reason}`);
    execFileSync('bash', [join(repoRoot, 'scripts', 'test-photos.sh')], { stdio: 'inherit' });
    const pictures = backgrounds(join(repoRoot, '.cache', 'test-photos')).slice(0, smoke ? 1 : undefined);
    const captions = smoke ? CAPTIONS.slice(0, 1) : CAPTIONS;
    const lines = [
      `on-screen text (tesseract ${availability.identity.version}, ${availability.identity.model}), ${captions.length} caption${captions.length === 1 ? '' : 's'} on ${SIZE} frames`,
    ];
    let frames = 0;
    let seconds = 0;
    let allEdits = 0;
    let allLength = 0;
    for (const [label, background] of pictures) {
      let edits = 0;
      let length = 0;
      let exact = 0;
      for (const [i, caption] of captions.entries()) {
        const frame = renderFrame(dir, `${label.replace(/\W+/g, '-')}-${i}`, background, caption);
        const read = await timed(() => engine.readText(frame));
        seconds += read.seconds;
        frames++;
        const score = characterAccuracy(caption, read.result.map((line) => line.text).join(' '));
        edits += Math.min(score.edits, score.length);
        length += score.length;
        if (score.edits === 0) exact++;
      }
      allEdits += edits;
      allLength += length;
      lines.push(
        `  over ${label}:${' '.repeat(Math.max(1, 16 - label.length))}character accuracy ${fmt(100 * (1 - edits / length), 1)}%, ${exact} of ${captions.length} read exactly`,
      );
    }
    lines.push(
      `  all ${frames} frames:${' '.repeat(Math.max(1, 10 - String(frames).length))}character accuracy ${fmt(100 * (1 - allEdits / allLength), 1)}%`,
    );
    lines.push(`  ${fmt(seconds / frames)} s per frame (${frames} frames, sequential)`, '');
    process.stdout.write(lines.join('\n'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
