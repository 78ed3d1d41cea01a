import type { ChildProcess } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { Writable } from 'node:stream';
import { limitedExecutable } from './process-limits';
import { MediaError } from './errors';
import { fluentFfmpegCommand, splitFfmpegArgs } from './ffmpeg-command';
import { createProgressParser } from './ffmpeg-progress';
import { DEFAULT_MEMORY_BYTES, type MediaJobOptions } from './media-options';
import { findExecutable } from './find-executable';
import { defaultToolCommand } from './media-tools';
import { processFailure } from './process-failure';
import { formatSeconds } from './run-process';

export interface RunFfmpegOptions extends MediaJobOptions {
  /** Known media duration, for progress from out_time. */
  durationSeconds?: number | null;
  /**
   * Takes ffmpeg's stdout (e.g. `pipe:1` output). When given, ffmpeg reports no `-progress`
   * and the caller reports progress itself.
   */
  onStdout?: (chunk: Buffer) => void;
  onStderrLine?: (line: string) => void;
}

export interface FfmpegRun {
  /** The last stderr lines (up to 40). */
  stderrTail: string[];
}

const STDERR_LINES = 40;

/** The options every ffmpeg run starts with, before the builder's arguments. */
export function ffmpegGlobalArgs(withProgress: boolean): string[] {
  return [
    '-nostdin',
    '-hide_banner',
    '-y',
    '-loglevel',
    'level+info',
    '-nostats',
    ...(withProgress ? ['-progress', 'pipe:1'] : []),
  ];
}

/** Input and output paths named in the arguments; error reasons show only their base names. */
function pathsIn(args: string[]): string[] {
  const inputs = args.filter((_, i) => args[i - 1] === '-i');
  return [...inputs, args[args.length - 1]].filter((path) => path && !path.startsWith('pipe:') && path !== '-');
}

function executableExists(tool: string): boolean {
  if (!tool.includes('/')) return findExecutable(tool) !== null;
  try {
    accessSync(tool, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * Runs ffmpeg through fluent-ffmpeg with the given arguments (always with -nostdin -hide_banner
 * -y), reporting progress, under a wall-clock timeout, a memory cap and an abort signal; a
 * timeout or an abort kills ffmpeg with SIGKILL. A failing run rejects with a MediaError whose
 * message is the reason found in ffmpeg's stderr.
 */
export function runFfmpeg(args: string[], options: RunFfmpegOptions = {}): Promise<FfmpegRun> {
  const { signal } = options;
  if (signal?.aborted) return Promise.reject(signal.reason);
  const withProgress = !options.onStdout;
  const progress =
    withProgress && options.onProgress ? createProgressParser(options.durationSeconds, options.onProgress) : undefined;
  const memoryBytes = options.memoryBytes === undefined ? DEFAULT_MEMORY_BYTES : options.memoryBytes;
  const tool = options.tools?.ffmpeg ?? defaultToolCommand('ffmpeg');
  // fluent-ffmpeg 2.1.3 throws an uncaught TypeError when the binary cannot be spawned: find it first.
  if (!executableExists(tool)) return Promise.reject(new Error(`ffmpeg is not installed or not on PATH (${tool})`));
  const capped = limitedExecutable(tool, { memoryBytes, niceness: options.niceness });

  return new Promise((resolve, reject) => {
    const stderrTail: string[] = [];
    let failure: unknown = null;
    let child: ChildProcess | null = null;
    let running = false;
    let settled = false;
    let timer: NodeJS.Timeout | undefined;

    // Output to pipe:1 streams to the caller; it is complete when this stream has finished.
    let stdoutDone: Promise<void> = Promise.resolve();
    let stdout: Writable | undefined;
    if (options.onStdout) {
      const take = options.onStdout;
      stdout = new Writable({
        emitClose: false,
        write(chunk: Buffer, _encoding, done) {
          if (failure === null) {
            try {
              take(chunk);
            } catch (error) {
              stop(error);
            }
          }
          done();
        },
      });
      const written = stdout;
      stdoutDone = new Promise((done) => written.once('finish', done));
    }

    const command = fluentFfmpegCommand(
      capped ?? tool,
      splitFfmpegArgs([...ffmpegGlobalArgs(withProgress), ...args]),
      stdout,
    );

    function stop(reason: unknown) {
      if (failure === null) failure = reason;
      if (running) command.kill('SIGKILL');
    }
    const onAbort = () => stop(signal!.reason);
    const finish = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      outcome();
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    if (options.timeoutMs !== undefined) {
      timer = setTimeout(
        () => stop(new MediaError(`ffmpeg exceeded ${formatSeconds(options.timeoutMs!)} s`)),
        options.timeoutMs,
      );
    }

    command.on('start', () => {
      const started = (command as unknown as { ffmpegProc: ChildProcess }).ffmpegProc;
      child = started;
      running = true;
      started.once('exit', () => (running = false));
      // Stopped while fluent-ffmpeg was still preparing: nothing may run.
      if (failure !== null) {
        started.kill('SIGKILL');
        return;
      }
      if (progress) {
        started.stdout?.on('data', (chunk: Buffer) => {
          if (failure !== null) return;
          try {
            progress(chunk);
          } catch (error) {
            stop(error);
          }
        });
      }
    });
    command.on('stderr', (line: string) => {
      if (!line) return;
      stderrTail.push(line);
      if (stderrTail.length > STDERR_LINES) stderrTail.shift();
      try {
        options.onStderrLine?.(line);
      } catch (error) {
        stop(error);
      }
    });
    command.on('error', (error: NodeJS.ErrnoException) => {
      finish(() => {
        // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors -- a MediaError or the abort reason, passed on as it came
        if (failure !== null) reject(failure);
        else if (error.code === 'ENOENT')
          reject(new Error(`ffmpeg is not installed or not on PATH (${tool})`, { cause: error }));
        else if (!child || (child.exitCode === null && child.signalCode === null)) reject(error);
        else
          reject(
            processFailure(
              { exitCode: child.exitCode, exitSignal: child.signalCode, stderrTail, memoryCapped: Boolean(capped) },
              { label: 'ffmpeg', prefix: 'ffmpeg failed', paths: pathsIn(args), memoryBytes },
            ),
          );
      });
    });
    command.on('end', () => {
      // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors -- as above
      void stdoutDone.then(() => finish(() => (failure !== null ? reject(failure) : resolve({ stderrTail }))));
    });
    command.run();
  });
}
