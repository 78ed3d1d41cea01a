import { DEFAULT_MEMORY_BYTES, type MediaJobOptions } from './media-options';
import { createProgressParser } from './ffmpeg-progress';
import { processFailure } from './process-failure';
import { defaultToolCommand } from './media-tools';
import { runProcess } from './run-process';

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

/** The options every ffmpeg run starts with, before the builder's arguments. */
export function ffmpegGlobalArgs(withProgress: boolean): string[] {
  return ['-nostdin', '-hide_banner', '-y', '-loglevel', 'level+info', '-nostats', ...(withProgress ? ['-progress', 'pipe:1'] : [])];
}

/** Input and output paths named in the arguments; error reasons show only their base names. */
function pathsIn(args: string[]): string[] {
  const inputs = args.filter((_, i) => args[i - 1] === '-i');
  return [...inputs, args[args.length - 1]].filter((path) => path && !path.startsWith('pipe:') && path !== '-');
}

/**
 * Runs ffmpeg with the given arguments (always with -nostdin -hide_banner -y), reporting
 * progress, under a wall-clock timeout, a memory cap and an abort signal. A failing run
 * rejects with a MediaError whose message is the reason found in ffmpeg's stderr.
 */
export async function runFfmpeg(args: string[], options: RunFfmpegOptions = {}): Promise<FfmpegRun> {
  const withProgress = !options.onStdout;
  const progress = withProgress && options.onProgress ? createProgressParser(options.durationSeconds, options.onProgress) : undefined;
  const memoryBytes = options.memoryBytes === undefined ? DEFAULT_MEMORY_BYTES : options.memoryBytes;
  const outcome = await runProcess({
    command: options.tools?.ffmpeg ?? defaultToolCommand('ffmpeg'),
    args: [...ffmpegGlobalArgs(withProgress), ...args],
    label: 'ffmpeg',
    timeoutMs: options.timeoutMs,
    memoryBytes,
    signal: options.signal,
    onStdout: options.onStdout ?? progress,
    onStderrLine: options.onStderrLine,
  });
  if (outcome.exitCode !== 0) throw processFailure(outcome, { label: 'ffmpeg', prefix: 'ffmpeg failed', paths: pathsIn(args), memoryBytes });
  return { stderrTail: outcome.stderrTail };
}
