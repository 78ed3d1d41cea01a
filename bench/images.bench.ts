import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { detectFileType, makeImagePreviews, probeImage } from '@mam/media';
import { fmt, sized, timed } from './support';

const COUNT = sized('BENCH_IMAGES', 24, 2);

/** 12-megapixel JPEGs per second through the whole image pipeline, beside a bare sharp resize of the same files. */
export async function benchImages(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'mam-bench-images-'));
  try {
    const files: string[] = [];
    for (let i = 0; i < COUNT; i++) {
      const file = join(dir, `photo-${i}.jpg`);
      // Noise-like content so the JPEG is as costly to decode as a real photo.
      const raw = Buffer.alloc(4000 * 3000 * 3);
      for (let p = 0; p < raw.length; p += 1) raw[p] = (p * 2654435761 + i * 97) >>> 24;
      await sharp(raw, { raw: { width: 4000, height: 3000, channels: 3 } })
        .withMetadata({ orientation: 6 })
        .jpeg({ quality: 90 })
        .toFile(file);
      files.push(file);
    }
    const bare = await timed(async () => {
      for (const file of files) await sharp(file).resize({ width: 1280 }).webp().toFile(`${file}.bare.webp`);
    });
    const ours = await timed(async () => {
      for (const [i, file] of files.entries()) {
        const out = join(dir, `out-${i}`);
        mkdirSync(out);
        await detectFileType(file);
        await probeImage(file);
        await makeImagePreviews(file, out, { widths: [320, 1280] });
      }
    });
    process.stdout.write(
      [
        `${COUNT} JPEGs of 4000x3000 (12 MP), sequential`,
        `whole image pipeline (detect, read header, EXIF rotate, sRGB, WebP 320 + 1280): ${fmt(COUNT / ours.seconds)} images/s`,
        `bare sharp resize to one 1280 WebP:                                            ${fmt(COUNT / bare.seconds)} images/s`,
        `ratio (pipeline time / bare time): ${fmt(ours.seconds / bare.seconds)}`,
        '',
      ].join('\n'),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
