import { MediaError } from './errors';
import type { ProcessOutcome } from './run-process';
import { reasonFromStderr } from './stderr-reason';

/** Signs that the arguments or the installation are at fault, not the media. */
const TOOL_PROBLEMS = [
  /Unrecognized option/,
  /Error splitting the argument list/,
  /Option \S+ not found/,
  /No such filter/,
  /Unknown encoder/,
  /Filter not found/,
  /Error (parsing|initializing) (a )?(filter|complex filter)/,
];
const OUT_OF_MEMORY = [
  /Cannot allocate memory/,
  /std::bad_alloc/,
  /out of memory/i,
  /malloc of size \d+ failed/,
  /failed to map segment/,
];

/**
 * Turns a failed run into an error: a MediaError carrying a user-facing reason when the media
 * is the likely cause, a plain Error when the tool, its arguments or the filesystem are.
 */
export function processFailure(
  outcome: ProcessOutcome,
  context: { label: string; prefix: string; paths: string[]; memoryBytes?: number | null },
): Error {
  const { stderrTail } = outcome;
  const all = stderrTail.join('\n');
  if (
    outcome.memoryCapped &&
    (OUT_OF_MEMORY.some((pattern) => pattern.test(all)) ||
      outcome.exitSignal === 'SIGSEGV' ||
      outcome.exitSignal === 'SIGABRT')
  ) {
    return new MediaError(
      `${context.label} ran out of memory (limit ${Math.round((context.memoryBytes ?? 0) / 1024 ** 2)} MiB)`,
    );
  }
  const reason =
    reasonFromStderr(stderrTail, context.paths) ??
    (outcome.exitSignal
      ? `${context.label} was killed by ${outcome.exitSignal}`
      : `${context.label} exited with code ${outcome.exitCode}`);
  if (TOOL_PROBLEMS.some((pattern) => pattern.test(all)))
    return new Error(`${context.label} rejected its arguments: ${reason}`);
  if (/No such file or directory|Permission denied/.test(all))
    return new Error(`${context.label} could not open a file: ${reason}`);
  return new MediaError(`${context.prefix}: ${reason}`);
}
