import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import type { VisionEngine } from '../engine';
import { cosineSimilarity } from '../faces/cosine-similarity';
import { FACE_MATCH_THRESHOLD } from '../faces/face-match-threshold';
import { testPhoto } from '../testing/test-photos';
import { createHumanVisionEngine, HUMAN_MODEL_NAME } from './human-engine';

describe('the human vision engine on real photos', () => {
  let engine: VisionEngine;
  let dir: string;

  beforeAll(async () => {
    engine = createHumanVisionEngine();
    dir = await mkdtemp(join(tmpdir(), 'vision-'));
  });

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('is installed and names its models and versions', async () => {
    const availability = await engine.availability();
    expect(availability).toEqual({
      installed: true,
      identity: {
        engine: 'human',
        model: HUMAN_MODEL_NAME,
        version: expect.stringMatching(/^3\.3\.\d+ \(tfjs 4\.22\.0 wasm\)$/),
      },
    });
  });

  it('finds exactly the astronaut face, with its box and a unit-length 1024-d embedding', async () => {
    const faces = await engine.detectFaces(testPhoto('astronaut.png'));
    expect(faces).toHaveLength(1);
    const [face] = faces;
    expect(face.confidence).toBeGreaterThan(0.9);
    // The face spans about x 150..300, y 50..195 of the 512 px photo.
    expect(face.box.x).toBeGreaterThan(0.22);
    expect(face.box.x).toBeLessThan(0.36);
    expect(face.box.y).toBeGreaterThan(0.03);
    expect(face.box.y).toBeLessThan(0.16);
    expect(face.box.width).toBeGreaterThan(0.2);
    expect(face.box.width).toBeLessThan(0.38);
    expect(face.embedding).toHaveLength(1024);
    expect(Math.hypot(...face.embedding)).toBeCloseTo(1, 5);
  });

  it('sees a cat on chelsea, and no face', async () => {
    const photo = testPhoto('chelsea.png');
    expect(await engine.detectFaces(photo)).toEqual([]);
    const labels = (await engine.detectObjects(photo)).map((object) => object.label);
    expect(labels).toContain('cat');
    expect(labels).not.toContain('dog');
  });

  it('sees a cup on the coffee photo and a person on the astronaut, with boxes inside the frame', async () => {
    const cups = (await engine.detectObjects(testPhoto('coffee.png'))).filter((o) => o.label === 'cup');
    expect(cups.length).toBeGreaterThanOrEqual(1);
    const people = (await engine.detectObjects(testPhoto('astronaut.png'))).filter((o) => o.label === 'person');
    expect(people.length).toBeGreaterThanOrEqual(1);
    for (const { box } of [...cups, ...people]) {
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(1);
      expect(box.y + box.height).toBeLessThanOrEqual(1);
    }
  });

  it('gives each still its own result, not the previous one', async () => {
    const counts = [];
    for (const photo of ['astronaut.png', 'chelsea.png', 'astronaut.png', 'coffee.png'] as const)
      counts.push((await engine.detectFaces(testPhoto(photo))).length);
    expect(counts).toEqual([1, 0, 1, 0]);
  });

  it('matches the astronaut to herself after a heavy re-encode, and not to the cameraman', async () => {
    const reencoded = join(dir, 'astronaut-half.jpg');
    await sharp(testPhoto('astronaut.png')).resize(256).jpeg({ quality: 15 }).toFile(reencoded);
    const [original] = await engine.detectFaces(testPhoto('astronaut.png'));
    const [proxy] = await engine.detectFaces(reencoded);
    const [cameraman] = await engine.detectFaces(testPhoto('camera.png'));
    expect(proxy).toBeDefined();
    expect(cameraman).toBeDefined();
    expect(cosineSimilarity(original.embedding, proxy.embedding)).toBeGreaterThan(FACE_MATCH_THRESHOLD);
    expect(cosineSimilarity(original.embedding, cameraman.embedding)).toBeLessThan(FACE_MATCH_THRESHOLD);
    expect(cosineSimilarity(proxy.embedding, cameraman.embedding)).toBeLessThan(FACE_MATCH_THRESHOLD);
  });

  it('reports not installed, with the reason, when its model folder is missing', async () => {
    const missing = createHumanVisionEngine({ modelsDir: join(dir, 'no-models') });
    const availability = await missing.availability();
    expect(availability).toEqual({ installed: false, reason: expect.stringContaining('blazeface.json is missing') });
    await expect(missing.detectFaces(testPhoto('astronaut.png'))).rejects.toThrow('the vision engine is not installed');
  });
});
