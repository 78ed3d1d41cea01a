import type { TranscriptSegment } from './segments';

function clock(ms: number, fractionSeparator: '.' | ','): string {
  const total = Math.max(0, Math.round(ms));
  const hours = Math.floor(total / 3_600_000);
  const minutes = Math.floor((total % 3_600_000) / 60_000);
  const seconds = Math.floor((total % 60_000) / 1000);
  const pad = (value: number, width = 2) => String(value).padStart(width, '0');
  return `${pad(hours)}:${pad(minutes)}:${pad(seconds)}${fractionSeparator}${pad(total % 1000, 3)}`;
}

/** "01:02:03.004": a WebVTT cue timestamp. */
export function vttTimestamp(ms: number): string {
  return clock(ms, '.');
}

/** "01:02:03,004": an SRT cue timestamp. */
export function srtTimestamp(ms: number): string {
  return clock(ms, ',');
}

/** One line of cue text: line breaks and runs of spaces would end or break the cue. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** WebVTT cue text may not hold "&", "<" or ">" unescaped ("-->" ends a cue's timing). */
function escapeVtt(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A WebVTT file of the segments, numbered cues in time order. Pure. */
export function toWebVtt(segments: TranscriptSegment[]): string {
  const cues = segments.map(
    (segment, i) =>
      `${i + 1}\n${vttTimestamp(segment.startMs)} --> ${vttTimestamp(segment.endMs)}\n${escapeVtt(oneLine(segment.text))}\n`,
  );
  return ['WEBVTT\n', ...cues].join('\n');
}

/**
 * An SRT file of the segments. SRT has no escapes; players read "<i>"-like tags, so angle
 * brackets are turned into their full-width look-alikes rather than dropped. Pure.
 */
export function toSrt(segments: TranscriptSegment[]): string {
  return segments
    .map(
      (segment, i) =>
        `${i + 1}\n${srtTimestamp(segment.startMs)} --> ${srtTimestamp(segment.endMs)}\n${oneLine(segment.text).replace(/</g, '‹').replace(/>/g, '›')}\n`,
    )
    .join('\n');
}
