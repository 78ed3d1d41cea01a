export interface WordErrorRate {
  /** Substitutions + deletions + insertions. */
  errors: number;
  referenceWords: number;
  /** errors / referenceWords (0 for two empty texts, 1 per inserted word over an empty reference). */
  rate: number;
}

/** Spoken forms of written abbreviations, as the reference transcripts of read speech spell them. */
const SPOKEN: Record<string, string> = { mr: 'mister', mrs: 'missus', dr: 'doctor', st: 'saint' };

/**
 * Lower case words without punctuation; "don't" keeps its apostrophe, "was(2)" loses its
 * number, "Mr." is "mister".
 */
export function normaliseWords(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/\(\d+\)/g, ' ')
    .replace(/[’‘]/g, "'")
    .replace(/[^\p{L}\p{N}'\s]+/gu, ' ')
    .split(/\s+/)
    .map((word) => word.replace(/^'+|'+$/g, ''))
    .filter(Boolean)
    .map((word) => SPOKEN[word] ?? word);
}

/** Word error rate of a hypothesis against a reference: Levenshtein distance over normalised words. Pure. */
export function wordErrorRate(reference: string, hypothesis: string): WordErrorRate {
  const ref = normaliseWords(reference);
  const hyp = normaliseWords(hypothesis);
  let previous = Array.from({ length: hyp.length + 1 }, (_, j) => j);
  for (let i = 1; i <= ref.length; i++) {
    const current = [i];
    for (let j = 1; j <= hyp.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ref[i - 1] === hyp[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  const errors = previous[hyp.length];
  const rate = ref.length === 0 ? (hyp.length === 0 ? 0 : hyp.length) : errors / ref.length;
  return { errors, referenceWords: ref.length, rate };
}
