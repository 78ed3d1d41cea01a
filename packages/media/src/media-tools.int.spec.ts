import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { mediaToolsProblem, resolveMediaTools } from './media-tools';
import { probeMedia } from './probe';
import { runFfmpeg } from './run-ffmpeg';

// A search path with node on it but no ffmpeg, like a fresh machine.
const bareSearchPath = dirname(process.execPath);

describe('media tools without ffmpeg on PATH', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'mam-media-tools-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('fall back to the static binaries shipped in npm packages, which really run', async () => {
    const tools = resolveMediaTools(bareSearchPath);
    expect(tools.missing).toEqual([]);
    expect(tools.ffmpeg).toMatchObject({ origin: 'npm package' });
    expect(tools.ffmpeg.path).toContain(join('node_modules', '@ffmpeg-installer'));
    expect(tools.ffprobe.path).toContain(join('node_modules', '@ffprobe-installer'));
    expect(mediaToolsProblem(bareSearchPath)).toBeNull();

    const clip = join(dir, 'tone.wav');
    await runFfmpeg(['-f', 'lavfi', '-i', 'sine=frequency=440:duration=0.5', clip], { tools: { ffmpeg: tools.ffmpeg.path! }, memoryBytes: null });
    const probed = await probeMedia(clip, { tools: { ffprobe: tools.ffprobe.path! } });
    expect(probed.durationSeconds).toBeCloseTo(0.5, 1);
  }, 60_000);

  it('prefer the PATH when ffmpeg is there', () => {
    const onPath = resolveMediaTools(process.env.PATH);
    if (onPath.ffmpeg.origin === 'PATH') expect(onPath.ffmpeg.path).not.toContain('node_modules');
    else expect(onPath.ffmpeg.origin).toBe('npm package');
  });
});
