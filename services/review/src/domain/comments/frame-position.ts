import { badInput } from '@mam/graphql';
import {
  framesToTimecode,
  parseFrameRate,
  supportsDropFrame,
  timecodeToFrames,
  TimecodeError,
  type FrameRate,
} from '@mam/timecode';
import type { AssetVersionFacts } from '@mam/versions';

/** How a version counts frames: its exact rate, the frame count of its start timecode, drop-frame or not, and its length. */
export interface VersionTiming {
  rate: FrameRate;
  startFrames: number;
  dropFrame: boolean;
  durationFrames: number | null;
}

/** A frame given as a number (0 is the version's first frame) or as an SMPTE timecode of the source. */
export interface FrameInput {
  frame?: number | null;
  timecode?: string | null;
}

/** The timing of a version with a picture; null for stills, documents and versions not probed yet. */
export function timingOf(version: AssetVersionFacts): VersionTiming | null {
  const media = version.media;
  if (!media?.frameRate) return null;
  let rate: FrameRate;
  try {
    rate = parseFrameRate(media.frameRate);
  } catch {
    return null;
  }
  const start = media.startTimecode;
  const dropFrame = Boolean(start && /[;,.]\d+$/.test(start)) && supportsDropFrame(rate);
  const startFrames = start ? timecodeToFrames(start, rate, { dropFrame }) : 0;
  return { rate, startFrames, dropFrame, durationFrames: media.durationFrames };
}

/** The frame's SMPTE label relative to the source's start timecode. */
export function timecodeOf(frame: number, timing: VersionTiming): string {
  return framesToTimecode(timing.startFrames + frame, timing.rate, { dropFrame: timing.dropFrame });
}

/**
 * The frame (counted from the version's first) a comment points at. A timecode is read in the
 * source's own counting (drop-frame labels that do not exist are refused); a frame before the
 * first or beyond the version's duration is refused.
 */
export function frameOf(input: FrameInput, timing: VersionTiming | null, field: string): number {
  const hasFrame = input.frame !== null && input.frame !== undefined;
  const hasTimecode = Boolean(input.timecode);
  if (hasFrame === hasTimecode)
    throw badInput(`Give ${field} either as a frame number or as a timecode, not both or neither`, field);
  if (!timing)
    throw badInput(
      'This version has no frames to point at (a still, a document, or not probed yet): comment on the whole version',
      field,
    );
  let frame: number;
  if (hasTimecode) {
    try {
      frame = timecodeToFrames(input.timecode!, timing.rate, { dropFrame: timing.dropFrame }) - timing.startFrames;
    } catch (error) {
      if (error instanceof TimecodeError) throw badInput(error.message, field);
      throw error;
    }
  } else {
    frame = input.frame!;
    if (!Number.isSafeInteger(frame)) throw badInput(`${field} must be a whole frame number`, field);
  }
  const label = hasTimecode ? input.timecode! : `frame ${frame}`;
  if (frame < 0) throw badInput(`${label} is before the version's first frame (${timecodeOf(0, timing)})`, field);
  if (timing.durationFrames !== null && frame >= timing.durationFrames) {
    throw badInput(
      `${label} is beyond the version's duration: its last frame is ${timing.durationFrames - 1} (${timecodeOf(timing.durationFrames - 1, timing)})`,
      field,
    );
  }
  return frame;
}
