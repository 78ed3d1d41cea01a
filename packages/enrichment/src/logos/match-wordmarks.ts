import type { LogoMatch, LogoReference, TextDetection } from '../engine';
import { bestApproximateSubstring } from './approximate-substring';
import { normalizeWordmark } from './normalize-wordmark';

/** Edits allowed between a wordmark and what OCR read: none up to 4 letters, then one per 5 letters. */
export function allowedWordmarkEdits(length: number): number {
  return length <= 4 ? 0 : Math.floor(length / 5);
}

/**
 * Logos whose wordmark appears in a line of on-screen text, allowing for OCR slips. The box is
 * the part of the line's box where the wordmark sits (by its place among the line's letters).
 * Confidence is the line's confidence times the share of the wordmark read right. One hit per
 * logo and line, the best of its wordmarks.
 */
export function matchWordmarks(references: readonly LogoReference[], lines: readonly TextDetection[]): LogoMatch[] {
  const matches: LogoMatch[] = [];
  for (const line of lines) {
    const text = normalizeWordmark(line.text);
    if (!text) continue;
    for (const reference of references) {
      let best: LogoMatch | undefined;
      for (const wordmark of reference.wordmarks) {
        const pattern = normalizeWordmark(wordmark);
        if (pattern.length < 2) continue;
        const found = bestApproximateSubstring(pattern, text);
        if (found.distance > allowedWordmarkEdits(pattern.length)) continue;
        const confidence = line.confidence * (1 - found.distance / pattern.length);
        if (best && best.confidence >= confidence) continue;
        best = {
          logoId: reference.id,
          confidence,
          by: 'wordmark',
          box: {
            x: line.box.x + (line.box.width * found.start) / text.length,
            y: line.box.y,
            width: (line.box.width * (found.end - found.start)) / text.length,
            height: line.box.height,
          },
        };
      }
      if (best) matches.push(best);
    }
  }
  return matches;
}
