import type { TimedWord } from '../engine';
import { groupIntoSegments, groupIntoSentences } from './segments';

/** Words of 300 ms with 100 ms gaps from `startMs`. */
function words(texts: string[], startMs = 0): TimedWord[] {
  return texts.map((text, i) => ({
    text,
    startMs: startMs + i * 400,
    endMs: startMs + i * 400 + 300,
    confidence: 0.9,
  }));
}

describe('groupIntoSegments', () => {
  it('starts a new segment after a pause longer than 0.7 s', () => {
    const segments = groupIntoSegments([...words(['he', 'was', 'not']), ...words(['an', 'ill'], 1900)]);
    expect(segments.map((segment) => [segment.text, segment.startMs, segment.endMs])).toEqual([
      ['he was not', 0, 1100],
      ['an ill', 1900, 2600],
    ]);
    expect(segments[1].words).toHaveLength(2);
  });

  it('keeps a pause of exactly 0.7 s inside a segment', () => {
    expect(groupIntoSegments([...words(['a']), ...words(['b'], 1000)])).toHaveLength(1);
  });

  it('holds at most 15 words', () => {
    const segments = groupIntoSegments(words(Array.from({ length: 16 }, (_, i) => `w${i}`)));
    expect(segments.map((segment) => segment.words.length)).toEqual([15, 1]);
  });

  it('lasts at most 7 s', () => {
    const slow: TimedWord[] = Array.from({ length: 6 }, (_, i) => ({
      text: `w${i}`,
      startMs: i * 1500,
      endMs: i * 1500 + 1400,
      confidence: 1,
    }));
    const segments = groupIntoSegments(slow);
    expect(segments.map((segment) => [segment.startMs, segment.endMs])).toEqual([
      [0, 5900],
      [6000, 8900],
    ]);
  });

  it('gives nothing for no words and skips empty ones', () => {
    expect(groupIntoSegments([])).toEqual([]);
    expect(groupIntoSegments(words(['', ' ', 'x']))[0].text).toBe('x');
  });
});

describe('groupIntoSentences', () => {
  it('ends sentences at terminal punctuation', () => {
    const sentences = groupIntoSentences(words(['Hello', 'there.', 'How', 'are', 'you?', 'Fine!']));
    expect(sentences.map((sentence) => sentence.text)).toEqual(['Hello there.', 'How are you?', 'Fine!']);
  });

  it('ends an unpunctuated sentence at a pause of a second', () => {
    const sentences = groupIntoSentences([...words(['he', 'was']), ...words(['not', 'ill'], 1700)]);
    expect(sentences.map((sentence) => sentence.text)).toEqual(['he was', 'not ill']);
  });
});
