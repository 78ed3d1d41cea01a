import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import sharp from 'sharp';
import { makeDocumentPreview } from './make-document-preview';
import { makeImagePreviews } from './make-image-previews';
import { EmptyFileError, MediaError, NotApplicableError } from './errors';
import { probeImage } from './image-metadata';
import { ffmpegSync, makeTempDir } from './test-media';

const dir = makeTempDir('image');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Left half red, right half blue. */
function halves(width: number, height: number): Buffer {
  const raw = Buffer.alloc(width * height * 3);
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) raw[(y * width + x) * 3 + (x < width / 2 ? 0 : 2)] = 255;
  return raw;
}

async function photo(name: string, width: number, height: number): Promise<string> {
  const file = join(dir, name);
  await sharp(halves(width, height), { raw: { width, height, channels: 3 } })
    .withExif({
      IFD0: { Make: 'Canon', Model: 'Canon EOS R5' },
      IFD2: {
        ExposureTime: '1/250',
        FNumber: '28/10',
        ISOSpeedRatings: '400',
        DateTimeOriginal: '2024:05:01 12:34:56',
        FocalLength: '50/1',
        LensModel: 'RF50mm F1.8 STM',
      },
      IFD3: {
        GPSLatitudeRef: 'N',
        GPSLatitude: '52/1 31/1 1234/100',
        GPSLongitudeRef: 'W',
        GPSLongitude: '13/1 24/1 0/1',
      },
    })
    .withMetadata({ orientation: 6 })
    .jpeg({ quality: 95 })
    .toFile(file);
  return file;
}

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

const pixel = async (file: string, left: number, top: number) => [
  ...(await sharp(file).removeAlpha().extract({ left, top, width: 1, height: 1 }).raw().toBuffer()),
];

describe('probeImage', () => {
  it('reads size, orientation, colour and camera fields from a phone-style JPEG', async () => {
    const metadata = await probeImage(await photo('photo.jpg', 800, 400));
    expect(metadata).toMatchObject({
      format: 'jpeg',
      width: 800,
      height: 400,
      displayWidth: 400,
      displayHeight: 800,
      orientation: 6,
      colorSpace: 'srgb',
      bitDepth: 8,
      channels: 3,
      hasAlpha: false,
      pages: 1,
    });
    expect(metadata.exif).toEqual({
      make: 'Canon',
      model: 'Canon EOS R5',
      lensModel: 'RF50mm F1.8 STM',
      orientation: 6,
      dateTimeOriginal: '2024-05-01T12:34:56',
      exposureTimeSeconds: 0.004,
      fNumber: 2.8,
      iso: 400,
      focalLengthMm: 50,
      gps: { latitude: expect.closeTo(52.520094, 5), longitude: expect.closeTo(-13.4, 6), altitudeMeters: null },
    });
  });

  it('names an embedded colour profile and reads 16-bit and alpha PNGs', async () => {
    const p3 = join(dir, 'p3.jpg');
    await sharp({ create: { width: 16, height: 8, channels: 3, background: '#ff0000' } })
      .withIccProfile('p3')
      .jpeg()
      .toFile(p3);
    expect(await probeImage(p3)).toMatchObject({ hasIccProfile: true, iccProfileName: expect.stringContaining('P3') });

    const deep = join(dir, 'deep.png');
    ffmpegSync(['-f', 'lavfi', '-i', 'testsrc2=size=64x32', '-frames:v', '1', '-pix_fmt', 'rgb48be', deep]);
    expect(await probeImage(deep)).toMatchObject({
      format: 'png',
      bitDepth: 16,
      width: 64,
      height: 32,
      exif: null,
      orientation: null,
    });

    const alpha = join(dir, 'alpha.png');
    await sharp({ create: { width: 64, height: 32, channels: 4, background: { r: 0, g: 255, b: 0, alpha: 0.5 } } })
      .png()
      .toFile(alpha);
    expect(await probeImage(alpha)).toMatchObject({ format: 'png', hasAlpha: true, channels: 4 });
  });

  it('fails at once on a PNG that claims 100000x100000 pixels, without decoding it', async () => {
    const ihdr = Buffer.alloc(13);
    ihdr.writeUInt32BE(100_000, 0);
    ihdr.writeUInt32BE(100_000, 4);
    ihdr[8] = 8;
    ihdr[9] = 2;
    const bomb = join(dir, 'bomb.png');
    writeFileSync(
      bomb,
      Buffer.concat([
        Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
        pngChunk('IHDR', ihdr),
        pngChunk('IDAT', deflateSync(Buffer.alloc(1000))),
        pngChunk('IEND', Buffer.alloc(0)),
      ]),
    );
    const message = 'image is 100000x100000 pixels; the limit is 268402689 pixels';
    const started = Date.now();
    await expect(probeImage(bomb)).rejects.toThrow(new MediaError(message));
    const out = join(dir, 'bomb-previews');
    await expect(makeImagePreviews(bomb, out)).rejects.toThrow(new MediaError(message));
    expect(Date.now() - started).toBeLessThan(1000);
    expect(existsSync(out)).toBe(false);
    await expect(probeImage(bomb, { limitInputPixels: 10_000_000_001 })).resolves.toMatchObject({ width: 100_000 });
  });

  it('refuses empty files and files that are not images', async () => {
    const empty = join(dir, 'empty.jpg');
    writeFileSync(empty, '');
    await expect(probeImage(empty)).rejects.toBeInstanceOf(EmptyFileError);
    const text = join(dir, 'text.jpg');
    writeFileSync(text, 'not a picture');
    await expect(probeImage(text)).rejects.toThrow(/^not a readable image: /);
  });
});

describe('makeImagePreviews', () => {
  it('writes upright sRGB WebP previews at each width, never enlarged', async () => {
    const progress: number[] = [];
    const previews = await makeImagePreviews(await photo('portrait.jpg', 800, 400), join(dir, 'previews'), {
      widths: [320, 1280],
      onProgress: (fraction) => progress.push(fraction),
    });
    expect(previews).toEqual([
      { width: 320, height: 640, file: join(dir, 'previews', 'preview-320.webp') },
      { width: 400, height: 800, file: join(dir, 'previews', 'preview-400.webp') },
    ]);
    expect(progress).toEqual([0.5, 1]);
    for (const { file, width, height } of previews) {
      const bytes = readFileSync(file);
      expect([bytes.toString('latin1', 0, 4), bytes.toString('latin1', 8, 12)]).toEqual(['RIFF', 'WEBP']);
      const metadata = await probeImage(file);
      expect(metadata).toMatchObject({
        format: 'webp',
        width,
        height,
        orientation: null,
        iccProfileName: expect.stringContaining('sRGB'),
      });
      // Orientation 6 turns the picture a quarter clockwise: the red left half is now on top.
      const [top, bottom] = [await pixel(file, width / 2, height / 4), await pixel(file, width / 2, (3 * height) / 4)];
      expect(top[0]).toBeGreaterThan(200);
      expect(top[2]).toBeLessThan(60);
      expect(bottom[2]).toBeGreaterThan(200);
      expect(bottom[0]).toBeLessThan(60);
    }
  });

  it('turns a 4x2 image with orientation 6 into a 2x4 preview', async () => {
    const previews = await makeImagePreviews(await photo('tiny.jpg', 4, 2), join(dir, 'tiny'));
    expect(previews.map(({ width, height }) => [width, height])).toEqual([[2, 4]]);
    expect(readdirSync(join(dir, 'tiny'))).toEqual(['preview-2.webp']);
  });

  it('converts a Display P3 image to sRGB and keeps alpha', async () => {
    const p3 = join(dir, 'p3-red.png');
    await sharp({ create: { width: 64, height: 64, channels: 4, background: { r: 255, g: 0, b: 0, alpha: 0.5 } } })
      .withIccProfile('p3')
      .png()
      .toFile(p3);
    const [preview] = await makeImagePreviews(p3, join(dir, 'p3'), { widths: [32] });
    const metadata = await probeImage(preview.file);
    expect(metadata).toMatchObject({ width: 32, hasAlpha: true, iccProfileName: expect.stringContaining('sRGB') });
  });
});

describe('makeDocumentPreview', () => {
  /** A hand-written PDF: pages of the given sizes (points), each with a black box in its top-left quarter. */
  function writePdf(path: string, sizes: [number, number][]): string {
    const objects: string[] = [
      '<</Type/Catalog/Pages 2 0 R>>',
      `<</Type/Pages/Kids[${sizes.map((_, i) => `${3 + 2 * i} 0 R`).join(' ')}]/Count ${sizes.length}>>`,
    ];
    sizes.forEach(([w, h], i) => {
      const content = `0 0 0 rg 0 ${h / 2} ${w / 2} ${h / 2} re f`;
      objects.push(
        `<</Type/Page/Parent 2 0 R/MediaBox[0 0 ${w} ${h}]/Contents ${4 + 2 * i} 0 R>>`,
        `<</Length ${content.length}>>stream\n${content}\nendstream`,
      );
    });
    let body = '%PDF-1.4\n';
    const offsets = objects.map((object, i) => {
      const at = body.length;
      body += `${i + 1} 0 obj${object}endobj\n`;
      return at;
    });
    const xref = body.length;
    body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((at) => `${String(at).padStart(10, '0')} 00000 n \n`).join('')}`;
    body += `trailer<</Size ${objects.length + 1}/Root 1 0 R>>\nstartxref\n${xref}\n%%EOF\n`;
    writeFileSync(path, body);
    return path;
  }

  it('renders the first page as a WebP preview and every page (up to the limit) as a thumbnail', async () => {
    const pdf = writePdf(join(dir, 'doc.pdf'), [
      [400, 200],
      [200, 400],
      [300, 300],
    ]);
    const progress: number[] = [];
    const made = await makeDocumentPreview(pdf, join(dir, 'doc'), {
      maxPages: 2,
      onProgress: (fraction) => progress.push(fraction),
    });
    expect(made.pageCount).toBe(3);
    expect(made.preview).toEqual({ file: join(dir, 'doc', 'preview.webp'), width: 1280, height: 640 });
    expect((await sharp(made.preview.file).metadata()).format).toBe('webp');
    expect(made.pages.map(({ page, width, height }) => [page, width, height])).toEqual([
      [1, 320, 160],
      [2, 320, 640],
    ]);
    // The black box is where the page drew it: top left black, bottom right white.
    const pixel = async (file: string, left: number, top: number) => [
      ...(await sharp(file).extract({ left, top, width: 1, height: 1 }).raw().toBuffer()),
    ];
    expect(Math.max(...(await pixel(made.preview.file, 100, 100)))).toBeLessThan(40);
    expect(Math.min(...(await pixel(made.preview.file, 1200, 600)))).toBeGreaterThan(215);
    expect(progress.at(-1)).toBe(1);
  });

  it('gives a PDF that poppler cannot read a reason, and leaves nothing behind', async () => {
    const pdf = join(dir, 'broken.pdf');
    writeFileSync(pdf, '%PDF-1.4\ngarbage that is no PDF at all\n');
    await expect(makeDocumentPreview(pdf, join(dir, 'broken'))).rejects.toThrow(/^not a readable PDF: /);
    expect(existsSync(join(dir, 'broken', 'preview.webp'))).toBe(false);
  });

  it('skips (NotApplicableError) a type with no renderer, and a machine without pdftoppm', async () => {
    const text = join(dir, 'notes.txt');
    writeFileSync(text, 'plain notes');
    await expect(makeDocumentPreview(text, join(dir, 'notes'))).rejects.toThrow(
      new NotApplicableError('no preview for this type'),
    );
    const pdf = writePdf(join(dir, 'one.pdf'), [[100, 100]]);
    await expect(
      makeDocumentPreview(pdf, join(dir, 'one'), { tools: { pdftoppm: join(dir, 'no-such-bin', 'pdftoppm') } }),
    ).rejects.toThrow(new NotApplicableError('no preview: pdftoppm not installed'));
  });

  it('a one-page PDF gets one page thumbnail', async () => {
    const made = await makeDocumentPreview(writePdf(join(dir, 'single.pdf'), [[100, 50]]), join(dir, 'single'));
    expect(made.pages).toEqual([{ page: 1, width: 320, height: 160, file: join(dir, 'single', 'pages', 'page.jpg') }]);
  });
});
