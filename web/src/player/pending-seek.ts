/** How far a growing stream can be played: the end of what the player has been told exists. */
export interface StreamReach {
  /** Seconds the stream holds so far (the playlist's length); NaN or 0 before it is known. */
  availableSeconds: number;
  /** Every segment is written: nothing more will come. */
  ended: boolean;
}

/** A little short of a segment boundary: the frame at the very end needs the segment after it to exist. */
const MARGIN_SECONDS = 0.1;

/**
 * Whether a seek to `seconds` can happen now, or must wait until the stream has grown that far
 * (a seek past what exists would stop at its end). A stream that has ended takes any seek. Pure.
 */
export function canSeekNow(seconds: number, reach: StreamReach): boolean {
  if (reach.ended) return true;
  const available = Number.isFinite(reach.availableSeconds) ? reach.availableSeconds : 0;
  return seconds <= available - MARGIN_SECONDS;
}
