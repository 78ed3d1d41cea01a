import type { TimedWord } from '../engine';

/** Sentence marks, silence and noise fillers of the en-us model: not words. */
function isFiller(token: string): boolean {
  return token.startsWith('<') || token.startsWith('[') || token.startsWith('++');
}

const NUMBER = /^-?\d+(\.\d+)?$/;

/**
 * Words of `pocketsphinx_continuous -time yes` output: one "word start end confidence" line per
 * word (seconds, confidence 0..1), between plain hypothesis lines. Fillers (<s>, </s>, <sil>,
 * [NOISE], [SPEECH], ++...++) are dropped and alternate pronunciations ("was(2)") lose their
 * number. Pure.
 */
export function parsePocketsphinxTimes(stdout: string): TimedWord[] {
  const words: TimedWord[] = [];
  for (const line of stdout.split(/\r?\n/)) {
    const fields = line.trim().split(/\s+/);
    if (fields.length !== 4 || !fields.slice(1).every((field) => NUMBER.test(field))) continue;
    const [token, start, end, confidence] = fields;
    if (isFiller(token)) continue;
    words.push({
      text: token.replace(/\(\d+\)$/, ''),
      startMs: Math.round(Number(start) * 1000),
      endMs: Math.round(Number(end) * 1000),
      confidence: Math.min(1, Math.max(0, Number(confidence))),
    });
  }
  return words;
}
