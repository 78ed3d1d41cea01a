import { parsePositiveRational } from '@mam/media';
import { framesToTimecode } from '@mam/timecode';
import type { SearchSegment, SegmentHit } from './search-index';

/** Matching segments returned per hit, best first. */
export const SEGMENT_HITS_MAX = 3;

/** A segment as a hit shows it: its (highlighted) text, frames, rate, and where it starts as timecode (its own when it has one). */
export function segmentHit(segment: SearchSegment, highlighted?: string): SegmentHit {
  const rate = parsePositiveRational(segment.frameRate);
  const timecode =
    segment.timecode !== undefined && segment.timecode !== null
      ? segment.timecode
      : rate && Number.isSafeInteger(segment.startFrame) && segment.startFrame >= 0
        ? framesToTimecode(segment.startFrame, rate)
        : '';
  return {
    kind: segment.kind,
    text: highlighted ?? segment.text,
    startFrame: segment.startFrame,
    endFrame: segment.endFrame,
    frameRate: segment.frameRate,
    timecode,
  };
}
