import { spawn } from 'node:child_process';
import { MediaError } from './errors';
import { processLimits } from './process-limits';

export interface RunProcessOptions {
  command: string;
  args: string[];
  /** Name used in messages: "ffmpeg exceeded 60 s". */
  label: string;
  timeoutMs?: number;
  /** Address-space cap, applied through prlimit when it is installed. */
  memoryBytes?: number | null;
  /** CPU priority, applied through nice when it is installed (see MediaJobOptions.niceness). */
  niceness?: number;
  signal?: AbortSignal;
  onStdout?: (chunk: Buffer) => void;
  onStderrLine?: (line: string) => void;
  /** How many of the last stderr lines are kept for the failure reason. */
  stderrLines?: number;
}

export interface ProcessOutcome {
  exitCode: number | null;
  exitSignal: NodeJS.Signals | null;
  stderrTail: string[];
  /** Whether the memory cap was actually applied. */
  memoryCapped: boolean;
}

/** "0.2", "90": seconds for messages. */
export function formatSeconds(ms: number): string {
  return String(Math.round(ms) / 1000);
}

/**
 * Runs a tool to completion: stdout goes to `onStdout` as it arrives, the stderr tail is kept,
 * the wall clock and the abort signal kill it with SIGKILL. Resolves with the exit status
 * (non-zero included); rejects on timeout (MediaError), abort (the signal's reason), a failing
 * stdout handler (its error) or a tool that cannot be started.
 */
export function runProcess(options: RunProcessOptions): Promise<ProcessOutcome> {
  const { signal, label } = options;
  if (signal?.aborted) return Promise.reject(signal.reason);
  const limits = processLimits(options);
  const [command, ...args] = [...limits.prefix, options.command, ...options.args];
  const env = { ...process.env, ...limits.env };
  const keep = options.stderrLines ?? 40;

  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], env });
    const stderrTail: string[] = [];
    let partial = '';
    let failure: unknown = null;
    let timer: NodeJS.Timeout | undefined;

    const stop = (reason: unknown) => {
      if (failure === null) failure = reason;
      child.kill('SIGKILL');
    };
    const onAbort = () => stop(signal!.reason);
    signal?.addEventListener('abort', onAbort, { once: true });
    if (options.timeoutMs !== undefined) {
      timer = setTimeout(
        () => stop(new MediaError(`${label} exceeded ${formatSeconds(options.timeoutMs!)} s`)),
        options.timeoutMs,
      );
    }

    const takeLine = (line: string) => {
      if (!line) return;
      stderrTail.push(line);
      if (stderrTail.length > keep) stderrTail.shift();
      try {
        options.onStderrLine?.(line);
      } catch (error) {
        stop(error);
      }
    };
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (text: string) => {
      const lines = (partial + text).split(/\r\n|\r|\n/);
      partial = lines.pop() ?? '';
      lines.forEach(takeLine);
    });
    child.stdout.on('data', (chunk: Buffer) => {
      if (failure !== null) return;
      try {
        options.onStdout?.(chunk);
      } catch (error) {
        stop(error);
      }
    });

    child.on('error', (error: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      reject(
        error.code === 'ENOENT'
          ? new Error(`${label} is not installed or not on PATH (${options.command})`, { cause: error })
          : error,
      );
    });
    child.on('close', (exitCode, exitSignal) => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      takeLine(partial);
      // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors -- a MediaError, or the abort signal's reason
      if (failure !== null) reject(failure);
      else resolve({ exitCode, exitSignal, stderrTail, memoryCapped: limits.memoryCapped });
    });
  });
}
