import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createReadStream, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { detectFileType, makeImagePreviews, probeImage } from '@mam/media';
import { fmt, repoRoot, rounds, sized, smoke, timed } from './support';

const COUNT = sized('BENCH_IMAGES', 48, 2);
const AIM_PHOTOS_PER_SECOND = 15;
const WIDTH = 4000;
const HEIGHT = 3000;
const CAMERAS = [
  ['Canon', 'Canon EOS R6'],
  ['NIKON CORPORATION', 'NIKON Z 6_2'],
  ['FUJIFILM', 'X-T4'],
  ['SONY', 'ILCE-7M3'],
];

/**
 * A camera-like 12-MP JPEG made from real photos: an 8x6 mosaic of the sample photos (each tile
 * 500x500, about their own size, so the picture has a photo's detail, not noise), quality 90, with the
 * EXIF a camera writes (make, model, dates) and, for every third one, orientation 6 (held upright).
 */
export async function cameraJpeg(photos: string[], index: number, file: string): Promise<void> {
  const columns = 8;
  const rows = 6;
  const tileWidth = WIDTH / columns;
  const tileHeight = HEIGHT / rows;
  const tiles = await Promise.all(
    Array.from({ length: columns * rows }, async (_, i) => ({
      input: await sharp(photos[(i + index) % photos.length])
        .removeAlpha()
        .resize({ width: tileWidth, height: tileHeight, fit: 'cover', position: (i * 7 + index) % 9 })
        .toBuffer(),
      left: (i % columns) * tileWidth,
      top: Math.floor(i / columns) * tileHeight,
    })),
  );
  const [make, model] = CAMERAS[index % CAMERAS.length];
  const taken = `2024:05:${String(1 + (index % 28)).padStart(2, '0')} 12:${String(index % 60).padStart(2, '0')}:00`;
  await sharp({ create: { width: WIDTH, height: HEIGHT, channels: 3, background: '#808080' } })
    .composite(tiles)
    .withExif({
      IFD0: { Make: make, Model: model, DateTime: taken, Software: 'bench' },
      IFD2: { DateTimeOriginal: taken, ExposureTime: '1/250', FNumber: '28/10', ISOSpeedRatings: '400' },
    })
    .withMetadata({ orientation: index % 3 === 2 ? 6 : 1 })
    .jpeg({ quality: 90 })
    .toFile(file);
}

/** Runs `work` over `items` with `parallel` of them in flight, as that many worker slots would. */
async function inParallel<T>(items: T[], parallel: number, work: (item: T, index: number) => Promise<void>) {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(parallel, items.length) }, async () => {
      while (next < items.length) {
        const index = next++;
        await work(items[index], index);
      }
    }),
  );
}

/** As ingest's first job does: one streamed SHA-256 of the master. */
async function sha256(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path, { highWaterMark: 1024 * 1024 })) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** Why HEIC is measured or not: the decoder's own list of what it reads. */
function heicSupport(): { readable: boolean; reason: string } {
  const heif = sharp.format.heif;
  const suffixes = heif?.input?.fileSuffix ?? [];
  if (heif?.input?.file && suffixes.some((suffix) => /\.hei[cf]$/i.test(suffix)))
    return { readable: true, reason: `libheif ${sharp.versions.heif ?? '?'} reads ${suffixes.join(', ')}` };
  return {
    readable: false,
    reason: `sharp's libvips (libheif ${sharp.versions.heif ?? 'absent'}) reads only ${suffixes.join(', ') || 'no HEIF'}: no HEVC decoder, so HEIC photos cannot be decoded here`,
  };
}

/**
 * 12-MP camera JPEGs per second through the whole image pipeline (hash, detect, header and
 * EXIF, every preview), with as many photos in flight as there are cores (as the worker runs
 * image jobs), beside a `vips thumbnail`-style bare resize of the same files (shrink-on-load,
 * EXIF rotation, one 1280 WebP) on the same cores, in alternating rounds of the same run.
 */
export async function benchImages(): Promise<void> {
  execFileSync('bash', [join(repoRoot, 'scripts', 'test-photos.sh')], { stdio: 'inherit' });
  const folder = join(repoRoot, '.cache', 'test-photos');
  const photos = readdirSync(folder)
    .filter((name) => /\.(png|jpg)$/.test(name) && name !== 'logo.png')
    .map((name) => join(folder, name));
  const dir = mkdtempSync(join(tmpdir(), 'mam-bench-images-'));
  const parallel = availableParallelism();
  try {
    const files: string[] = [];
    for (let i = 0; i < COUNT; i++) {
      const file = join(dir, `photo-${i}.jpg`);
      await cameraJpeg(photos, i, file);
      files.push(file);
    }
    const meanMiB = files.reduce((sum, file) => sum + statSync(file).size, 0) / files.length / 1024 / 1024;
    const first = await probeImage(files[0]);
    let outputs = 0;
    const bare = () =>
      inParallel(files, parallel, async (file, i) => {
        await sharp(file, { autoOrient: true })
          .resize({ width: 1280 })
          .webp({ quality: 80 })
          .toFile(`${file}.${i}.webp`);
      });
    const ours = (slots = parallel) =>
      inParallel(files, slots, async (file, i) => {
        const out = join(dir, `out-${i}`);
        rmSync(out, { recursive: true, force: true });
        mkdirSync(out);
        await sha256(file);
        await detectFileType(file);
        const image = await probeImage(file);
        if (!image.exif?.make) throw new Error('the bench photo lost its EXIF');
        const previews = await makeImagePreviews(file, out, { widths: [320, 1280] });
        outputs += previews.length;
      });
    const bareRates: number[] = [];
    const ourRates: number[] = [];
    let bareCpu = 0;
    let ourCpu = 0;
    // CPU time of this process (libvips' threads included) is what other work on the machine disturbs least.
    const cpuSeconds = () => {
      const { user, system } = process.cpuUsage();
      return (user + system) / 1e6;
    };
    for (let round = 0; round < rounds(3); round++) {
      let cpu = cpuSeconds();
      bareRates.push(COUNT / (await timed(bare)).seconds);
      bareCpu += cpuSeconds() - cpu;
      outputs = 0;
      cpu = cpuSeconds();
      ourRates.push(COUNT / (await timed(() => ours())).seconds);
      ourCpu += cpuSeconds() - cpu;
    }
    const filesEach = outputs / COUNT;
    // One photo at a time, as the worker ran preview jobs before they had a lane of their own.
    const oneAtATime = COUNT / (await timed(() => ours(1))).seconds;
    const cpuMsPerPhoto = (total: number) => fmt((total * 1000) / (COUNT * rounds(3)), 0);
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
    const oursRate = median(ourRates);
    const bareRate = median(bareRates);
    const heic = heicSupport();
    process.stdout.write(
      [
        `${COUNT} camera-like JPEGs of ${WIDTH}x${HEIGHT} (12 MP, quality 90, mean ${fmt(meanMiB, 1)} MiB, EXIF ${first.exif?.make} ${first.exif?.model}, every third orientation 6), ${parallel} in parallel on ${parallel} cores, median of ${rounds(3)} rounds`,
        `whole image pipeline (hash, detect, header + EXIF, auto-orient, sRGB, WebP q80 320 + 1280, ${filesEach} files each): ${fmt(oursRate)} photos/s`,
        `bare sharp resize (shrink-on-load, auto-orient, one WebP q80 1280):                            ${fmt(bareRate)} photos/s`,
        `ratio (pipeline photos/s / bare photos/s): ${fmt(oursRate / bareRate)}`,
        `whole image pipeline, one job at a time (as the worker ran preview jobs before): ${fmt(oneAtATime)} photos/s`,
        `CPU per photo: pipeline ${cpuMsPerPhoto(ourCpu)} ms, bare ${cpuMsPerPhoto(bareCpu)} ms (${parallel} cores give at most ${fmt((parallel * COUNT * rounds(3)) / ourCpu)} pipeline photos/s at this cost; load average now ${loadavg()[0].toFixed(1)})`,
        `rounds: pipeline ${ourRates.map((r) => fmt(r)).join(', ')}; bare ${bareRates.map((r) => fmt(r)).join(', ')} photos/s`,
        smoke
          ? `aim: >= ${AIM_PHOTOS_PER_SECOND} photos/s (not judged in smoke mode)`
          : `aim: >= ${AIM_PHOTOS_PER_SECOND} photos/s: ${oursRate >= AIM_PHOTOS_PER_SECOND ? 'met' : 'not met'}`,
        heic.readable ? `HEIC: ${heic.reason} (not yet measured)` : `HEIC: skipped: ${heic.reason}`,
        '',
      ].join('\n'),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
