import { normaliseWords, wordErrorRate } from './word-error-rate';

describe('normaliseWords', () => {
  it('lower-cases, drops punctuation and pronunciation numbers, keeps apostrophes inside words', () => {
    expect(normaliseWords("He said: 'Don’t!' was(2) -- fine.")).toEqual(['he', 'said', "don't", 'was', 'fine']);
  });

  it('spells abbreviations as spoken', () => {
    expect(normaliseWords('Mr. Dashwood and Mrs Dashwood')).toEqual([
      'mister',
      'dashwood',
      'and',
      'missus',
      'dashwood',
    ]);
  });
});

describe('wordErrorRate', () => {
  it('counts substitutions, deletions and insertions over the reference length', () => {
    expect(wordErrorRate('he was not an ill disposed young man', 'he was not an illness those young man')).toEqual({
      errors: 2,
      referenceWords: 8,
      rate: 0.25,
    });
    expect(wordErrorRate('a b c', 'a c').errors).toBe(1);
    expect(wordErrorRate('a b c', 'a b x c d').errors).toBe(2);
  });

  it('is zero for the same words in another case and punctuation', () => {
    expect(wordErrorRate('Hello, world.', 'hello world').rate).toBe(0);
  });

  it('handles empty texts', () => {
    expect(wordErrorRate('', '').rate).toBe(0);
    expect(wordErrorRate('a b', '').rate).toBe(1);
    expect(wordErrorRate('', 'a b').rate).toBe(2);
  });
});
