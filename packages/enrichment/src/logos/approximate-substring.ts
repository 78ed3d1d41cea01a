/**
 * The place in `text` where `pattern` occurs with the fewest edits (insertions, deletions,
 * substitutions), by Sellers' dynamic programme: a match may start and end anywhere in the text.
 */
export function bestApproximateSubstring(
  pattern: string,
  text: string,
): { distance: number; start: number; end: number } {
  const m = pattern.length;
  // previous[i]: edits to match pattern[0..i) ending at the current text position; starts[i]: where that match begins.
  let previous = Array.from({ length: m + 1 }, (_, i) => i);
  let previousStarts = new Array<number>(m + 1).fill(0);
  let best = { distance: m, start: 0, end: 0 };
  for (let j = 1; j <= text.length; j++) {
    const current = [0];
    const starts = [j];
    for (let i = 1; i <= m; i++) {
      const substitution = previous[i - 1] + (pattern[i - 1] === text[j - 1] ? 0 : 1);
      const deletion = previous[i] + 1;
      const insertion = current[i - 1] + 1;
      const value = Math.min(substitution, deletion, insertion);
      current.push(value);
      starts.push(
        value === substitution ? previousStarts[i - 1] : value === deletion ? previousStarts[i] : starts[i - 1],
      );
    }
    if (current[m] < best.distance) best = { distance: current[m], start: starts[m], end: j };
    previous = current;
    previousStarts = starts;
  }
  return best;
}
