import { framesToTimecode, supportsDropFrame, timecodeToFrames } from '@mam/timecode';
import { ensureParentDir } from './ensure-parent-dir';
import { MediaError } from './errors';
import { defaultTimeoutMs, type MediaJobOptions } from './media-options';
import { probeMedia } from './probe';
import { framesToSeconds } from './rational';
import { removeQuietly } from './remove-quietly';
import { runFfmpeg } from './run-ffmpeg';
import { audioStreams, requireVideoStream } from './streams';
import { subclipArgs } from './subclip-args';

export interface SubclipRequest {
  /** First frame's timecode, in the media's own timecode (its start timecode counts as frame 0; 00:00:00:00 when it has none). */
  startTimecode: string;
  /** Timecode of the first frame after the subclip (exclusive end). */
  endTimecode: string;
}

export interface Subclip {
  file: string;
  startFrame: number;
  frameCount: number;
  startTimecode: string;
}

/**
 * Writes the frames from `startTimecode` up to (not including) `endTimecode` of a video as a
 * subclip with its own timecode; a range outside the media or not at its frame rate is refused
 * with a MediaError saying why.
 */
export async function makeSubclip(
  input: string,
  output: string,
  request: SubclipRequest,
  options: MediaJobOptions = {},
): Promise<Subclip> {
  const source = await probeMedia(input, { signal: options.signal, tools: options.tools });
  const video = requireVideoStream(source);
  const rate = video.frameRate;
  if (!rate || video.variableFrameRate) throw new MediaError('a subclip needs media with a constant frame rate');
  const origin = source.startTimecode ?? '00:00:00:00';
  const frameOf = (timecode: string) => {
    try {
      return timecodeToFrames(timecode, rate) - timecodeToFrames(origin, rate);
    } catch (error) {
      throw new MediaError((error as Error).message);
    }
  };
  const startFrame = frameOf(request.startTimecode);
  const frameCount = frameOf(request.endTimecode) - startFrame;
  const total = video.frameCount ?? Math.floor((source.durationSeconds ?? 0) * (rate.num / rate.den) + 1e-6);
  if (startFrame < 0 || frameCount <= 0 || startFrame + frameCount > total) {
    const last = framesToTimecode(timecodeToFrames(origin, rate) + total, rate, {
      dropFrame: supportsDropFrame(rate) && origin.includes(';'),
    });
    throw new MediaError(
      `the range ${request.startTimecode}-${request.endTimecode} is outside the media (${origin}-${last})`,
    );
  }
  await ensureParentDir(output);
  try {
    await removeQuietly(output);
    const durationSeconds = framesToSeconds(frameCount, rate);
    await runFfmpeg(
      subclipArgs({
        input,
        output,
        startFrame,
        frameCount,
        frameRate: rate,
        startTimecode: request.startTimecode,
        hasAudio: audioStreams(source).length > 0,
      }),
      { ...options, durationSeconds, timeoutMs: options.timeoutMs ?? defaultTimeoutMs(durationSeconds) },
    );
    options.onProgress?.(1);
    return { file: output, startFrame, frameCount, startTimecode: request.startTimecode };
  } catch (error) {
    await removeQuietly(output);
    throw error;
  }
}
