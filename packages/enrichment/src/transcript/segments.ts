import type { TimedWord } from '../engine';

/** A run of words shown or indexed together: a caption cue, a search hit's context. */
export interface TranscriptSegment {
  startMs: number;
  endMs: number;
  text: string;
  words: TimedWord[];
}

export interface SegmentLimits {
  /** A silence longer than this starts a new segment; default 700 ms. */
  maxPauseMs?: number;
  /** Default 7000 ms. */
  maxDurationMs?: number;
  /** Default 15. */
  maxWords?: number;
}

export interface SentenceLimits {
  /** Without punctuation (pocketsphinx gives none), a silence this long ends a sentence; default 1000 ms. */
  sentencePauseMs?: number;
}

function segmentOf(words: TimedWord[]): TranscriptSegment {
  return {
    startMs: words[0].startMs,
    endMs: words[words.length - 1].endMs,
    text: words.map((word) => word.text.trim()).join(' '),
    words,
  };
}

/** Splits time-ordered words into runs where `breaksBefore` says a new run starts. */
function splitWords(
  words: TimedWord[],
  breaksBefore: (run: TimedWord[], next: TimedWord) => boolean,
): TranscriptSegment[] {
  const segments: TranscriptSegment[] = [];
  let run: TimedWord[] = [];
  for (const word of words) {
    if (!word.text.trim()) continue;
    if (run.length > 0 && breaksBefore(run, word)) {
      segments.push(segmentOf(run));
      run = [];
    }
    run.push(word);
  }
  if (run.length > 0) segments.push(segmentOf(run));
  return segments;
}

/**
 * Groups words into caption-sized segments: a new one starts after a pause longer than
 * `maxPauseMs`, or when the current one would last longer than `maxDurationMs` or hold more
 * than `maxWords`. A segment never ends inside a word. Pure.
 */
export function groupIntoSegments(words: TimedWord[], limits: SegmentLimits = {}): TranscriptSegment[] {
  const maxPauseMs = limits.maxPauseMs ?? 700;
  const maxDurationMs = limits.maxDurationMs ?? 7000;
  const maxWords = limits.maxWords ?? 15;
  return splitWords(words, (run, next) => {
    const last = run[run.length - 1];
    return (
      next.startMs - last.endMs > maxPauseMs || next.endMs - run[0].startMs > maxDurationMs || run.length >= maxWords
    );
  });
}

/**
 * Groups words into sentences: a sentence ends at a word ending in ".", "?" or "!", or, for
 * engines that give no punctuation, at a pause of `sentencePauseMs` or more. Pure.
 */
export function groupIntoSentences(words: TimedWord[], limits: SentenceLimits = {}): TranscriptSegment[] {
  const sentencePauseMs = limits.sentencePauseMs ?? 1000;
  return splitWords(words, (run, next) => {
    const last = run[run.length - 1];
    return /[.?!…]["'”’)\]]*$/.test(last.text.trim()) || next.startMs - last.endMs >= sentencePauseMs;
  });
}
