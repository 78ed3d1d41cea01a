import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { mediaToolsProblem, parseToolVersion, resolveMediaTools } from './media-tools';
import { probeMedia } from './probe';
import { ffmpegSync } from './test-media';

// A search path with node on it but no ffmpeg or ffprobe, like a fresh machine.
const bareSearchPath = dirname(process.execPath);

describe('media tools', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'mam-media-tools-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('take ffprobe from its npm package when none is on PATH, and it really probes', async () => {
    const tools = resolveMediaTools(bareSearchPath);
    expect(tools.ffprobe.origin).toBe('npm package');
    expect(tools.ffprobe.path).toContain(join('node_modules', '@ffprobe-installer'));
    const clip = join(dir, 'tone.wav');
    ffmpegSync(['-f', 'lavfi', '-i', 'sine=frequency=440:duration=0.5', clip]);
    const probed = await probeMedia(clip, { tools: { ffprobe: tools.ffprobe.path! } });
    expect(probed.durationSeconds).toBeCloseTo(0.5, 1);
  });

  it('say in one line that ffmpeg is missing and how to get it', () => {
    const problem = mediaToolsProblem(bareSearchPath)!;
    expect(problem.split('\n')).toHaveLength(1);
    expect(problem).toContain('ffmpeg is not on PATH');
    expect(problem).toContain('apt-get install ffmpeg');
    expect(problem).not.toContain('ffprobe is neither');
  });

  it('refuse an ffmpeg older than 5.1, naming it and its version', () => {
    const bin = join(dir, 'old-bin');
    mkdirSync(bin);
    writeFileSync(
      join(bin, 'ffmpeg'),
      '#!/bin/sh\necho "ffmpeg version 4.2.7-0ubuntu0.1 Copyright (c) 2000-2022 the FFmpeg developers"\n',
    );
    chmodSync(join(bin, 'ffmpeg'), 0o755);
    const problem = mediaToolsProblem([bin, bareSearchPath].join(delimiter))!;
    expect(problem).toContain(`${join(bin, 'ffmpeg')} is too old (ffmpeg version 4.2.7-0ubuntu0.1)`);
    expect(problem).toContain('5.1 or newer');
  });

  it('accept the ffmpeg on this machine', () => {
    const tools = resolveMediaTools(process.env.PATH);
    expect(tools.ffmpeg.origin).toBe('PATH');
    expect(mediaToolsProblem(process.env.PATH)).toBeNull();
  });

  it('read release versions and leave git snapshots alone', () => {
    expect(parseToolVersion('ffmpeg version 5.1.9-0+deb12u1 Copyright (c) 2000-2026')).toEqual([5, 1]);
    expect(parseToolVersion('ffmpeg version n7.1 Copyright')).toEqual([7, 1]);
    expect(parseToolVersion('ffmpeg version N-47683-g0e8eb07980-static https://johnvansickle.com/ffmpeg/')).toBeNull();
  });
});
