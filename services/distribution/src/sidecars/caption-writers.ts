/** One timed line of a transcript: from `startMs` to `endMs` of the master, in milliseconds. */
export interface CaptionSegment {
  startMs: number;
  endMs: number;
  text: string;
  speaker?: string | null;
}

/** Broadcast and platform guides: at most 42 characters a line. */
const LINE_LENGTH = 42;

function clock(ms: number, separator: ',' | '.'): string {
  const whole = Math.max(0, Math.round(ms));
  const pad = (value: number, width = 2) => String(value).padStart(width, '0');
  const hours = Math.floor(whole / 3_600_000);
  const minutes = Math.floor(whole / 60_000) % 60;
  const seconds = Math.floor(whole / 1000) % 60;
  return `${pad(hours)}:${pad(minutes)}:${pad(seconds)}${separator}${pad(whole % 1000, 3)}`;
}

/** Words wrapped into lines of at most LINE_LENGTH characters (a longer word stands alone). */
export function wrapCaption(text: string): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > LINE_LENGTH) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * The cues to write: in time order, without empty text, each ending after it starts and before
 * the next one starts (players show overlapping cues stacked).
 */
export function captionCues(segments: CaptionSegment[]): { startMs: number; endMs: number; lines: string[] }[] {
  const sorted = segments
    .map((segment) => ({
      startMs: Math.max(0, Math.round(segment.startMs)),
      endMs: Math.round(segment.endMs),
      lines: wrapCaption(segment.speaker ? `${segment.speaker}: ${segment.text}` : segment.text),
    }))
    .filter((cue) => cue.lines.length > 0)
    .sort((a, b) => a.startMs - b.startMs);
  return sorted.map((cue, i) => {
    const next = sorted[i + 1]?.startMs ?? Infinity;
    return { ...cue, endMs: Math.min(Math.max(cue.endMs, cue.startMs + 1), Math.max(next, cue.startMs + 1)) };
  });
}

/** SubRip: numbered cues, `HH:MM:SS,mmm --> HH:MM:SS,mmm`, a blank line after each. Pure. */
export function writeSrt(segments: CaptionSegment[]): string {
  return captionCues(segments)
    .map((cue, i) => `${i + 1}\n${clock(cue.startMs, ',')} --> ${clock(cue.endMs, ',')}\n${cue.lines.join('\n')}\n`)
    .join('\n');
}

const escapeVtt = (line: string) => line.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** WebVTT: the header, then cues `HH:MM:SS.mmm --> HH:MM:SS.mmm` with their text escaped. Pure. */
export function writeWebVtt(segments: CaptionSegment[], language?: string | null): string {
  const header = language ? `WEBVTT\nLanguage: ${language}\n` : 'WEBVTT\n';
  const cues = captionCues(segments).map(
    (cue) => `${clock(cue.startMs, '.')} --> ${clock(cue.endMs, '.')}\n${cue.lines.map(escapeVtt).join('\n')}\n`,
  );
  return [header, ...cues].join('\n');
}
