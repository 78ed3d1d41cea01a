/** Characters of a text with runs of white space as one space and none at either end. */
const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Levenshtein distance between two strings, by character. Pure. */
export function characterEditDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++)
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = current;
  }
  return previous[b.length];
}

/**
 * How well text read from an image matches what is there: 1 - character edit distance /
 * reference length, white space runs counted as one space, never below 0. Case and
 * punctuation count. Pure.
 */
export function characterAccuracy(
  reference: string,
  read: string,
): { accuracy: number; edits: number; length: number } {
  const ref = collapse(reference);
  const edits = characterEditDistance(ref, collapse(read));
  const length = ref.length;
  return { accuracy: length === 0 ? (edits === 0 ? 1 : 0) : Math.max(0, 1 - edits / length), edits, length };
}
