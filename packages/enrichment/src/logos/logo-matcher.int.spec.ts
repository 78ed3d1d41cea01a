import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import type { LogoReference } from '../engine';
import { testPhoto } from '../testing/test-photos';
import { createLogoMatcher, LOGO_MATCHER_MODEL } from './logo-matcher';

describe('the logo matcher on real images', () => {
  const matcher = createLogoMatcher();
  let dir: string;
  let frame: string;
  let truth: { x: number; y: number; width: number; height: number };
  let skimage: LogoReference;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'logos-'));
    skimage = { id: 'skimage', name: 'scikit-image', wordmarks: ['scikit-image'], imagePaths: [testPhoto('logo.png')] };
    // The 500 px logo shrunk to 160 px, turned 20°, pasted on the busy motorcycle photo, saved as a JPEG.
    const mark = await sharp(testPhoto('logo.png'))
      .resize(160, 160)
      .rotate(20, { background: { r: 0, g: 0, b: 0, alpha: 0 } })
      .png()
      .toBuffer();
    const size = (await sharp(mark).metadata()).width ?? 0;
    const background = testPhoto('motorcycle_left.png');
    const { width = 0, height = 0 } = await sharp(background).metadata();
    frame = join(dir, 'frame.jpg');
    await sharp(background)
      .composite([{ input: mark, left: 420, top: 60 }])
      .jpeg({ quality: 70 })
      .toFile(frame);
    truth = { x: 420 / width, y: 60 / height, width: size / width, height: size / height };
  });

  afterAll(async () => {
    matcher.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('is installed and names OpenCV and its method', async () => {
    expect(await matcher.availability()).toEqual({
      installed: true,
      identity: { engine: 'opencv-js', model: LOGO_MATCHER_MODEL, version: '4.5.2' },
    });
  });

  it('finds the scaled and rotated logo by its features, with a box near where it was pasted', async () => {
    const matches = await matcher.matchLogos(frame, [skimage], []);
    expect(matches).toHaveLength(1);
    const [match] = matches;
    expect(match).toMatchObject({ logoId: 'skimage', by: 'image' });
    expect(match.confidence).toBeGreaterThan(0.2);
    expect(Math.abs(match.box.x - truth.x)).toBeLessThan(0.04);
    expect(Math.abs(match.box.y - truth.y)).toBeLessThan(0.05);
    expect(match.box.width / truth.width).toBeGreaterThan(0.8);
    expect(match.box.width / truth.width).toBeLessThan(1.2);
    expect(match.box.height / truth.height).toBeGreaterThan(0.8);
    expect(match.box.height / truth.height).toBeLessThan(1.2);
  });

  it('finds no logo in photos without it', async () => {
    expect(await matcher.matchLogos(testPhoto('motorcycle_left.png'), [skimage], [])).toEqual([]);
    expect(await matcher.matchLogos(testPhoto('astronaut.png'), [skimage], [])).toEqual([]);
  });

  it('finds a wordmark in the text read on the image', async () => {
    const textOnly: LogoReference = { ...skimage, imagePaths: [] };
    const matches = await matcher.matchLogos(
      testPhoto('astronaut.png'),
      [textOnly],
      [{ text: 'Made with SCIKIT-lMAGE', confidence: 0.95, box: { x: 0.1, y: 0.9, width: 0.8, height: 0.05 } }],
    );
    expect(matches).toEqual([
      { logoId: 'skimage', by: 'wordmark', confidence: 0.95, box: expect.objectContaining({ y: 0.9, height: 0.05 }) },
    ]);
    expect(matches[0].box.x).toBeGreaterThan(0.4);
  });
});
