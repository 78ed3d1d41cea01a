import { frameRate, framesToTimecode, parseFrameRate, timecodeToFrames, type FrameRate } from '@mam/timecode';

export interface Timing {
  rate: FrameRate;
  startFrame: number;
  dropFrame: boolean;
  durationFrames: number | null;
}

/** Review's timing of a version as the player counts it; 25 fps from 00:00:00:00 when unknown. */
export function playerTiming(
  timing: { frameRate: string; startTimecode: string; dropFrame: boolean; durationFrames?: number | null } | null,
): Timing {
  let rate = frameRate(25);
  let startFrame = 0;
  const dropFrame = timing?.dropFrame ?? false;
  try {
    if (timing) rate = parseFrameRate(timing.frameRate);
    if (timing) startFrame = timecodeToFrames(timing.startTimecode, rate, { dropFrame });
  } catch {
    /* keep the defaults */
  }
  return { rate, startFrame, dropFrame, durationFrames: timing?.durationFrames ?? null };
}

/** A frame of the version as the source's SMPTE timecode (drop-frame where the source counts so). */
export function timecodeOf(timing: Timing, frame: number): string {
  return framesToTimecode(timing.startFrame + frame, timing.rate, { dropFrame: timing.dropFrame });
}
