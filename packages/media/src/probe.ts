import { stat } from 'node:fs/promises';
import { EmptyFileError, isMediaError, MediaError } from './errors';
import { snapFrameRate } from './frame-rate';
import { defaultToolCommand } from './media-tools';
import { mapProbeOutput, type FfprobeOutput } from './map-probe-output';
import { DEFAULT_PROBE_TIMEOUT_MS, type MediaTools } from './media-options';
import { processFailure } from './process-failure';
import { runProcess } from './run-process';
import { framesToSeconds, rational, rationalToNumber } from './rational';
import { primaryVideoStream } from './streams';
import type { TechnicalMetadata } from './technical-metadata';

export interface ProbeOptions {
  timeoutMs?: number;
  /** Limit for counting frames where the container does not say (a read of the whole file); default 600 s. */
  countTimeoutMs?: number;
  signal?: AbortSignal;
  tools?: MediaTools;
}

const PREFIX = 'not a readable media file';

/**
 * Counts the primary video stream's frames from its packets (demuxed, not decoded) when the
 * container does not say how many there are (Matroska, WebM, MPEG-TS, some MXF). A count that
 * disagrees with duration × rate by more than a frame shows a variable-rate stream whose
 * container claimed a constant rate: it is marked variable, at its true average rate. A stream
 * with no duration at all (raw H.264) gets its frames at its rate.
 */
async function countFrames(path: string, metadata: TechnicalMetadata, options: ProbeOptions): Promise<void> {
  const video = primaryVideoStream(metadata);
  if (!video || video.frameCount !== null) return;
  const chunks: Buffer[] = [];
  const outcome = await runProcess({
    command: options.tools?.ffprobe ?? 'ffprobe',
    args: [
      '-v',
      'error',
      '-select_streams',
      String(video.index),
      '-count_packets',
      '-show_entries',
      'stream=nb_read_packets',
      '-print_format',
      'json',
      path,
    ],
    label: 'ffprobe',
    timeoutMs: options.countTimeoutMs ?? 20 * DEFAULT_PROBE_TIMEOUT_MS,
    signal: options.signal,
    onStdout: (chunk) => chunks.push(chunk),
  }).catch((error: unknown) => {
    // Too slow to count (a huge file): the count stays unknown, the probe stands.
    if (isMediaError(error)) return null;
    throw error;
  });
  if (!outcome || outcome.exitCode !== 0) return;
  let counted: number;
  try {
    counted = Number(
      (JSON.parse(Buffer.concat(chunks).toString('utf8')) as { streams?: { nb_read_packets?: string }[] }).streams?.[0]
        ?.nb_read_packets,
    );
  } catch {
    return;
  }
  if (!Number.isInteger(counted) || counted <= 0) return;
  const seconds = video.durationSeconds ?? metadata.durationSeconds;
  const expected = seconds && video.frameRate ? seconds * rationalToNumber(video.frameRate) : null;
  // Interlaced streams coded as separate fields (H.264 PAFF) carry two packets a frame.
  const fields = video.scanType === 'interlaced' && expected !== null && Math.abs(counted / 2 - expected) <= 1.5;
  video.frameCount = fields ? Math.round(counted / 2) : counted;
  // A raw elementary stream (.h264, .m2v) says no duration: its frames at its rate are its duration.
  if (!seconds && video.frameRate && !video.variableFrameRate)
    metadata.durationSeconds = framesToSeconds(video.frameCount, video.frameRate);
  if (!seconds || expected === null || video.variableFrameRate || fields) return;
  if (Math.abs(counted - expected) > 1.5) {
    video.variableFrameRate = true;
    video.frameRate = snapFrameRate(rational(Math.round((counted / seconds) * 1000), 1000), 0.02);
  }
}

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
  await countFrames(path, metadata, options);
  if (metadata.container === 'tty') throw new MediaError(`${PREFIX}: it is a text file`);
  if (!metadata.streams.some((stream) => stream.type === 'video' || stream.type === 'audio'))
    throw new MediaError(`${PREFIX}: it has no audio or video`);
  return metadata;
}
