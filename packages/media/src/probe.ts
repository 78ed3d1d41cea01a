import { stat } from 'node:fs/promises';
import { EmptyFileError, MediaError } from './errors';
import { defaultToolCommand } from './media-tools';
import { mapProbeOutput, type FfprobeOutput } from './map-probe-output';
import { DEFAULT_PROBE_TIMEOUT_MS, type MediaTools } from './media-options';
import { processFailure } from './process-failure';
import { runProcess } from './run-process';
import type { TechnicalMetadata } from './technical-metadata';

export interface ProbeOptions {
  timeoutMs?: number;
  signal?: AbortSignal;
  tools?: MediaTools;
}

const PREFIX = 'not a readable media file';

/**
 * Reads a media file's container and streams with ffprobe. A file ffprobe cannot read gives a
 * MediaError such as "not a readable media file: moov atom not found"; an empty file, EmptyFileError.
 */
export async function probeMedia(path: string, options: ProbeOptions = {}): Promise<TechnicalMetadata> {
  if ((await stat(path)).size === 0) throw new EmptyFileError();
  const chunks: Buffer[] = [];
  const outcome = await runProcess({
    command: options.tools?.ffprobe ?? defaultToolCommand('ffprobe'),
    args: ['-v', 'error', '-print_format', 'json', '-show_format', '-show_streams', path],
    label: 'ffprobe',
    timeoutMs: options.timeoutMs ?? DEFAULT_PROBE_TIMEOUT_MS,
    signal: options.signal,
    onStdout: (chunk) => chunks.push(chunk),
  });
  if (outcome.exitCode !== 0) throw processFailure(outcome, { label: 'ffprobe', prefix: PREFIX, paths: [path] });
  let output: FfprobeOutput;
  try {
    output = JSON.parse(Buffer.concat(chunks).toString('utf8')) as FfprobeOutput;
  } catch (error) {
    throw new Error('ffprobe printed something other than JSON', { cause: error });
  }
  const metadata = mapProbeOutput(output);
  if (metadata.container === 'tty') throw new MediaError(`${PREFIX}: it is a text file`);
  if (!metadata.streams.some((stream) => stream.type === 'video' || stream.type === 'audio')) throw new MediaError(`${PREFIX}: it has no audio or video`);
  return metadata;
}
