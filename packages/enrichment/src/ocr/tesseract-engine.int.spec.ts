import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTesseractEngine } from './tesseract-engine';

jest.setTimeout(300_000);

const dir = mkdtempSync(join(tmpdir(), 'mam-ocr-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A 1280x720 frame of ffmpeg's busy test picture with a caption drawn over its lower third. */
function captionFrame(name: string, caption: string, background: string): string {
  const path = join(dir, name);
  const drawtext = `drawtext=text='${caption}':fontsize=64:fontcolor=white:box=1:boxcolor=black@0.6:boxborderw=12:x=(w-text_w)/2:y=h-160`;
  const result = spawnSync(
    'ffmpeg',
    ['-nostdin', '-v', 'error', '-y', '-f', 'lavfi', '-i', background, '-vf', drawtext, '-frames:v', '1', path],
    { encoding: 'utf8' },
  );
  if (result.status !== 0) throw new Error(`ffmpeg could not render the frame: ${result.stderr}`);
  return path;
}

describe('tesseract engine (real binary)', () => {
  const engine = createTesseractEngine();

  it('reports itself installed with its version', async () => {
    const availability = await engine.availability();
    expect(availability).toMatchObject({ installed: true, identity: { engine: 'tesseract', model: 'eng' } });
    if (availability.installed) expect(availability.identity.version).toMatch(/^\d+\.\d+/);
  });

  it('reads a caption over a busy picture exactly, with its box', async () => {
    const frame = captionFrame('testsrc2.png', 'Harbour Lights 2026', 'testsrc2=size=1280x720');
    const lines = await engine.readText(frame);
    expect(lines.map((line) => line.text)).toContain('Harbour Lights 2026');
    const caption = lines.find((line) => line.text === 'Harbour Lights 2026')!;
    expect(caption.confidence).toBeGreaterThan(0.8);
    // Centred in the lower third: text from about x 0.25 to 0.75, y 0.74 to 0.86.
    expect(caption.box.x).toBeGreaterThan(0.15);
    expect(caption.box.x + caption.box.width).toBeLessThan(0.85);
    expect(caption.box.y).toBeGreaterThan(0.65);
    expect(caption.box.y + caption.box.height).toBeLessThan(0.92);
  });

  it('fails with the file named when the image cannot be read', async () => {
    await expect(engine.readText(join(dir, 'missing.png'))).rejects.toThrow(/tesseract could not read missing\.png/);
  });

  it('is not installed when pointed at a missing binary or language', async () => {
    await expect(createTesseractEngine({ binary: '/nonexistent/tesseract' }).availability()).resolves.toEqual({
      installed: false,
      reason: 'tesseract is not installed (/nonexistent/tesseract not found)',
    });
    const noData = await createTesseractEngine({ language: 'xyz' }).availability();
    expect(noData).toEqual({ installed: false, reason: expect.stringContaining('xyz.traineddata') });
  });
});
