import type { LogoReference, TextDetection } from '../engine';
import { bestApproximateSubstring } from './approximate-substring';
import { allowedWordmarkEdits, matchWordmarks } from './match-wordmarks';
import { normalizeWordmark } from './normalize-wordmark';

const acme: LogoReference = { id: 'acme', name: 'Acme', wordmarks: ['ACME Corp', 'Acme'], imagePaths: [] };
const globex: LogoReference = { id: 'globex', name: 'Globex', wordmarks: ['Globex'], imagePaths: [] };

function line(text: string, confidence = 0.9): TextDetection {
  return { text, confidence, box: { x: 0.1, y: 0.8, width: 0.8, height: 0.1 } };
}

describe('normalizeWordmark', () => {
  it('drops case, accents, spaces and punctuation and folds glyphs OCR confuses', () => {
    expect(normalizeWordmark('Café  Noir!')).toBe('cafenolr');
    expect(normalizeWordmark('G L O B E X')).toBe('globex');
    expect(normalizeWordmark('GL0BEX')).toBe(normalizeWordmark('GLOBEX'));
    expect(normalizeWordmark('Modern')).toBe(normalizeWordmark('Modem'));
    expect(normalizeWordmark('5ki11')).toBe(normalizeWordmark('Skill'));
  });
});

describe('bestApproximateSubstring', () => {
  it('finds the pattern inside longer text with its place and the edits needed', () => {
    expect(bestApproximateSubstring('globex', 'welcometoglobexcity')).toEqual({ distance: 0, start: 9, end: 15 });
    expect(bestApproximateSubstring('globex', 'seeglobaxhere')).toMatchObject({ distance: 1, start: 3, end: 9 });
    expect(bestApproximateSubstring('globex', 'nothing').distance).toBeGreaterThan(2);
  });
});

describe('allowedWordmarkEdits', () => {
  it('allows no slip in short wordmarks and one per five letters in longer ones', () => {
    expect([3, 4, 5, 9, 10].map(allowedWordmarkEdits)).toEqual([0, 0, 1, 1, 2]);
  });
});

describe('matchWordmarks', () => {
  it('finds a wordmark in a line read with an OCR slip, with a lower confidence than an exact read', () => {
    const exact = matchWordmarks([globex], [line('Brought to you by GLOBEX')]);
    const slipped = matchWordmarks([globex], [line('Brought to you by GL0BFX')]);
    expect(exact).toHaveLength(1);
    expect(exact[0]).toMatchObject({ logoId: 'globex', by: 'wordmark', confidence: 0.9 });
    expect(slipped).toHaveLength(1);
    expect(slipped[0].confidence).toBeCloseTo(0.9 * (5 / 6));
  });

  it('places the box on the wordmark part of the line', () => {
    const [hit] = matchWordmarks([globex], [line('abcdGlobex')]);
    expect(hit.box.x).toBeCloseTo(0.1 + 0.8 * 0.4);
    expect(hit.box.width).toBeCloseTo(0.8 * 0.6);
    expect(hit.box.y).toBe(0.8);
  });

  it('does not match a short wordmark with a slip, nor other words', () => {
    expect(matchWordmarks([acme], [line('ACNE cream')])).toEqual([]);
    expect(matchWordmarks([acme, globex], [line('Weather at noon')])).toEqual([]);
  });

  it('gives one hit per logo and line, from its best wordmark', () => {
    const hits = matchWordmarks([acme, globex], [line('ACME CORP presents'), line('acme'), line('Globex')]);
    expect(hits.map((h) => [h.logoId, h.confidence])).toEqual([
      ['acme', 0.9],
      ['acme', 0.9],
      ['globex', 0.9],
    ]);
  });
});
