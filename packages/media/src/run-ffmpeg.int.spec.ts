import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { MediaError } from './errors';
import { findExecutable } from './find-executable';
import { runFfmpeg } from './run-ffmpeg';
import { runProcess } from './run-process';
import { makeClip, makeTempDir } from './test-media';

const dir = makeTempDir('run');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const endless = ['-f', 'lavfi', '-i', 'testsrc2=size=48x48:rate=23', '-f', 'null', '-'];

/** Whether any ffmpeg process still reads the endless test source. */
function endlessStillRunning(): boolean {
  return spawnSync('pgrep', ['-f', 'testsrc2=size=48x48:rate=23'], { encoding: 'utf8' }).stdout.trim().length > 0;
}

describe('runFfmpeg', () => {
  it('kills a run that exceeds its timeout and says so', async () => {
    const started = Date.now();
    await expect(runFfmpeg(endless, { timeoutMs: 200 })).rejects.toThrow(new MediaError('ffmpeg exceeded 0.2 s'));
    expect(Date.now() - started).toBeLessThan(3000);
    expect(endlessStillRunning()).toBe(false);
  });

  it('runs ffmpeg, every thread of it, at the niceness asked for, and other tools too', async () => {
    const controller = new AbortController();
    const running = runFfmpeg(
      ['-f', 'lavfi', '-i', 'testsrc2=size=64x64:rate=24', '-c:v', 'libx264', '-threads', '2', '-f', 'null', '-'],
      { niceness: 7, signal: controller.signal },
    );
    // Field 19 of /proc/<pid>/task/<tid>/stat is the thread's nice value (after the command's parenthesised name).
    const niceOf = (stat: string) => Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16]);
    let threads: number[] = [];
    for (let tries = 0; tries < 100 && threads.length < 2; tries++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      const pid = spawnSync('pgrep', ['-f', 'testsrc2=size=64x64:rate=24'], { encoding: 'utf8' }).stdout.trim();
      if (!pid) continue;
      try {
        threads = readdirSync(`/proc/${pid}/task`).map((tid) =>
          niceOf(readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8')),
        );
      } catch {
        threads = [];
      }
    }
    controller.abort(new Error('enough'));
    await expect(running).rejects.toThrow('enough');
    expect(threads.length).toBeGreaterThan(1);
    expect(new Set(threads)).toEqual(new Set([7]));

    let printed = '';
    await runProcess({
      command: 'nice',
      args: [],
      label: 'nice',
      niceness: 12,
      onStdout: (chunk) => (printed += chunk.toString()),
    });
    expect(printed.trim()).toBe('12');
    printed = '';
    await runProcess({ command: 'nice', args: [], label: 'nice', onStdout: (chunk) => (printed += chunk.toString()) });
    expect(printed.trim()).toBe(spawnSync('nice', { encoding: 'utf8' }).stdout.trim());
  });

  it('stops when aborted and rejects with the abort reason', async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(new Error('job cancelled')), 150);
    await expect(runFfmpeg(endless, { signal: controller.signal })).rejects.toThrow('job cancelled');
    expect(endlessStillRunning()).toBe(false);
    await expect(runFfmpeg(endless, { signal: AbortSignal.abort(new Error('already')) })).rejects.toThrow('already');
  });

  it('reports progress from out_time up to 1', async () => {
    const clip = makeClip(join(dir, 'clip.mp4'), { seconds: 2, audio: false });
    const progress: number[] = [];
    await runFfmpeg(['-i', clip, '-f', 'null', '-'], {
      durationSeconds: 2,
      onProgress: (fraction) => progress.push(fraction),
    });
    expect(progress.at(-1)).toBe(1);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
  });

  it('gives the reason from stderr without the machine path', async () => {
    const error = await runFfmpeg(['-i', join(dir, 'clip.mp4'), '-map', '0:a:0', '-f', 'null', '-']).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(MediaError);
    expect((error as Error).message).toBe('ffmpeg failed: the file has no audio stream');
  });

  (findExecutable('prlimit') ? it : it.skip)(
    'caps memory through prlimit and names the cap when it is hit',
    async () => {
      const args = [
        '-f',
        'lavfi',
        '-i',
        'testsrc2=size=1920x1080:rate=25',
        '-t',
        '1',
        '-c:v',
        'libx264',
        '-f',
        'null',
        '-',
      ];
      await expect(runFfmpeg(args, { memoryBytes: 200 * 1024 ** 2 })).rejects.toThrow(
        new MediaError('ffmpeg ran out of memory (limit 200 MiB)'),
      );
    },
  );

  (findExecutable('prlimit') ? it : it.skip)(
    'keeps each run to its own memory cap when runs overlap',
    async () => {
      const args = [
        '-f',
        'lavfi',
        '-i',
        'testsrc2=size=1920x1080:rate=25',
        '-frames:v',
        '5',
        '-c:v',
        'libx264',
        '-f',
        'null',
        '-',
      ];
      const [capped, uncapped] = await Promise.allSettled([
        runFfmpeg(args, { memoryBytes: 200 * 1024 ** 2 }),
        runFfmpeg(args, { memoryBytes: null }),
      ]);
      expect(capped).toEqual({
        status: 'rejected',
        reason: new MediaError('ffmpeg ran out of memory (limit 200 MiB)'),
      });
      expect(uncapped.status).toBe('fulfilled');
    },
    60_000,
  );

  it('treats bad arguments as a fault of the caller, not of the media', async () => {
    const error = await runFfmpeg(['-i', join(dir, 'clip.mp4'), '-bogus-option', '1', '-f', 'null', '-']).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(Error);
    expect(error).not.toBeInstanceOf(MediaError);
    expect((error as Error).message).toMatch(/^ffmpeg rejected its arguments: Unrecognized option/);
  });

  it('says when ffmpeg is not installed', async () => {
    await expect(
      runFfmpeg(['-version'], { tools: { ffmpeg: 'ffmpeg-that-does-not-exist' }, memoryBytes: null }),
    ).rejects.toThrow(/ffmpeg is not installed/);
  });
});
