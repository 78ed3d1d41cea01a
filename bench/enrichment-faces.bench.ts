import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { cosineSimilarity, createHumanVisionEngine, FACE_MATCH_THRESHOLD } from '@mam/enrichment';
import { fmt, repoRoot, sized, smoke, timed } from './support';

const IMAGES_12MP = sized('BENCH_ENRICHMENT_IMAGES', 4, 1);

interface Variant {
  person: string;
  file: string;
}

/**
 * Faces: true and false match rates at the match threshold over re-encoded, scaled, mirrored,
 * cropped and darkened variants of two people (skimage's astronaut and cameraman), and how many
 * non-face photos give a face; then seconds per 12 MP image for faces and objects, beside a bare
 * decode of the same file.
 */
export async function benchEnrichmentFaces(): Promise<void> {
  execFileSync('bash', [join(repoRoot, 'scripts', 'test-photos.sh')], { stdio: 'inherit' });
  const photos = join(repoRoot, '.cache', 'test-photos');
  const dir = mkdtempSync(join(tmpdir(), 'mam-bench-faces-'));
  const engine = createHumanVisionEngine();
  try {
    const availability = await engine.availability();
    if (!availability.installed) throw new Error(`vision engine not installed: ${availability.reason}`);
    const variants: Variant[] = [];
    for (const [person, photo] of [
      ['astronaut', 'astronaut.png'],
      ['cameraman', 'camera.png'],
    ]) {
      const source = join(photos, photo);
      const make = async (name: string, pipeline: (image: sharp.Sharp) => sharp.Sharp) => {
        const file = join(dir, `${person}-${name}`);
        await pipeline(sharp(source)).toFile(file);
        variants.push({ person, file });
      };
      variants.push({ person, file: source });
      await make('half-q15.jpg', (i) => i.resize(256).jpeg({ quality: 15 }));
      await make('mirror.png', (i) => i.flop());
      await make('crop.png', (i) => i.extract({ left: 64, top: 0, width: 384, height: 384 }));
      if (!smoke) {
        await make('rotated-dark.png', (i) => i.rotate(10, { background: '#808080' }).modulate({ brightness: 0.7 }));
        await make('double-q40.jpg', (i) => i.resize(1024).jpeg({ quality: 40 }));
      }
    }
    const embedded: { person: string; embedding: number[] }[] = [];
    let missed = 0;
    for (const variant of variants) {
      const faces = await engine.detectFaces(variant.file);
      if (faces.length === 0) missed++;
      else embedded.push({ person: variant.person, embedding: faces[0].embedding });
    }
    const same: number[] = [];
    const different: number[] = [];
    for (let i = 0; i < embedded.length; i++)
      for (let j = i + 1; j < embedded.length; j++)
        (embedded[i].person === embedded[j].person ? same : different).push(
          cosineSimilarity(embedded[i].embedding, embedded[j].embedding),
        );
    const rate = (values: number[]) => values.filter((v) => v >= FACE_MATCH_THRESHOLD).length / (values.length || 1);
    let nonFaces = 0;
    const nonFacePhotos = ['chelsea.png', 'coffee.png', 'motorcycle_left.png'];
    for (const photo of nonFacePhotos) nonFaces += (await engine.detectFaces(join(photos, photo))).length;

    const big = join(dir, 'astronaut-12mp.jpg');
    await sharp(join(photos, 'astronaut.png')).resize(4000, 3000, { fit: 'fill' }).jpeg({ quality: 90 }).toFile(big);
    const decode = await timed(async () => {
      for (let i = 0; i < IMAGES_12MP; i++) await sharp(big).resize(1024, 1024, { fit: 'inside' }).raw().toBuffer();
    });
    let bigFaces = 0;
    const ours = await timed(async () => {
      for (let i = 0; i < IMAGES_12MP; i++) {
        bigFaces += (await engine.detectFaces(big)).length;
        await engine.detectObjects(big);
      }
    });
    process.stdout.write(
      [
        `faces (human ${availability.identity.version}, ${availability.identity.model}), threshold ${FACE_MATCH_THRESHOLD}`,
        `  ${variants.length} variants of 2 people, ${missed} without a detected face`,
        `  true match rate:  ${fmt(100 * rate(same), 1)}% of ${same.length} same-person pairs (lowest similarity ${fmt(Math.min(...same))})`,
        `  false match rate: ${fmt(100 * rate(different), 1)}% of ${different.length} different-person pairs (highest similarity ${fmt(Math.max(...different))})`,
        `  faces found on ${nonFacePhotos.length} photos without a face (cat, cup, motorcycle): ${nonFaces}`,
        `12 MP JPEG (4000x3000), ${IMAGES_12MP} sequential, ${bigFaces} faces found`,
        `  faces + objects:           ${fmt(ours.seconds / IMAGES_12MP)} s per image`,
        `  bare decode to 1024 (sharp): ${fmt(decode.seconds / IMAGES_12MP)} s per image`,
        '',
      ].join('\n'),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
