import type { FrameRate } from './rate';

/** The presentation time of a frame's start, in seconds. */
export function framesToSeconds(frames: number, rate: FrameRate): number {
  return (frames * rate.den) / rate.num;
}

/**
 * The frame shown at `seconds` (the last frame starting at or before it). A tiny tolerance absorbs
 * floating-point error so that framesToSeconds(n) maps back to n.
 */
export function secondsToFrames(seconds: number, rate: FrameRate): number {
  return Math.floor((seconds * rate.num) / rate.den + 1e-6);
}

/** A time safely inside a frame (its middle), for seeking a media element to exactly that frame. */
export function frameSeekTime(frames: number, rate: FrameRate): number {
  return ((frames + 0.5) * rate.den) / rate.num;
}

/** Frames in a duration of `seconds` (rounded to the nearest frame). */
export function durationToFrames(seconds: number, rate: FrameRate): number {
  return Math.round((seconds * rate.num) / rate.den);
}
