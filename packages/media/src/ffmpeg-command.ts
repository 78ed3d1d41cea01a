import { Writable } from 'node:stream';
import ffmpeg from 'fluent-ffmpeg';

/** An ffmpeg argument list taken apart the way fluent-ffmpeg composes one: inputs, then one output. */
export interface FfmpegParts {
  /** Each `-i` source with the options written before it. */
  inputs: { source: string; options: string[] }[];
  /** Everything between the last input and the output. */
  outputOptions: string[];
  /** The last argument: a file, `-` or `pipe:1`. */
  target: string;
}

/**
 * Splits an argument array from our builders into fluent-ffmpeg's inputs and output, so that
 * fluent-ffmpeg puts the same arguments back in the same order (it adds only `-y` before a
 * file output). Pure.
 */
export function splitFfmpegArgs(args: readonly string[]): FfmpegParts {
  if (args.length === 0) throw new RangeError('ffmpeg needs at least one argument');
  const inputs: FfmpegParts['inputs'] = [];
  let pending: string[] = [];
  const last = args.length - 1;
  for (let i = 0; i < last; i++) {
    if (args[i] === '-i' && i + 1 < last) {
      inputs.push({ source: args[i + 1], options: pending });
      pending = [];
      i++;
    } else pending.push(args[i]);
  }
  return { inputs, outputOptions: pending, target: args[last] };
}

/** fluent-ffmpeg splits a lone option at its space unless options come as separate arguments. */
function addOptions(add: (...options: string[]) => unknown, options: string[]): void {
  if (options.length === 0) return;
  if (options.length === 1 && options[0].split(' ').length === 2)
    throw new RangeError(`an ffmpeg option alone in its group may not hold one space: ${options[0]}`);
  if (options.length === 1) add(options[0]);
  else add(...options);
}

interface PrivateCommand {
  _getFfmpegPath(callback: (error: Error | null, path: string) => void): void;
  _checkCapabilities(callback: (error?: Error | null) => void): void;
  availableEncoders(callback: (error: Error | null, encoders: Record<string, unknown>) => void): void;
}

/**
 * The fluent-ffmpeg command for an argument array, run by `executable`. fluent-ffmpeg 2.1.3's
 * setFfmpegPath sets one path for the whole process (two runs with different tools or memory
 * caps would race), so the path is given to this command alone. Its capability checks (an
 * `ffmpeg -formats` and `-encoders` run, cached for the process from whichever ffmpeg ran
 * first) are skipped: they only check formats and codecs set through its own methods, and
 * ffmpeg itself rejects unknown ones. An output to `pipe:1` goes to `stdout` as a stream,
 * never collected in memory.
 */
export function fluentFfmpegCommand(executable: string, parts: FfmpegParts, stdout?: Writable): ffmpeg.FfmpegCommand {
  const command = ffmpeg({ stdoutLines: 100 });
  const internals = command as unknown as PrivateCommand;
  internals._getFfmpegPath = (callback) => callback(null, executable);
  internals._checkCapabilities = (callback) => callback(null);
  internals.availableEncoders = (callback) => callback(null, {});
  for (const input of parts.inputs) {
    command.input(input.source);
    addOptions((...options) => command.inputOptions(...options), input.options);
  }
  command.output(parts.target === 'pipe:1' && stdout ? stdout : parts.target);
  addOptions((...options) => command.outputOptions(...options), parts.outputOptions);
  return command;
}
