import { cosineSimilarity } from './cosine-similarity';

describe('cosineSimilarity', () => {
  it('is 1 for one direction whatever the lengths, 0 for orthogonal and -1 for opposite vectors', () => {
    expect(cosineSimilarity([1, 2], [2, 4])).toBeCloseTo(1);
    expect(cosineSimilarity([1, 0], [0, 3])).toBe(0);
    expect(cosineSimilarity([1, 1], [-1, -1])).toBeCloseTo(-1);
    expect(cosineSimilarity([1, 0], [1, 1])).toBeCloseTo(Math.SQRT1_2);
  });

  it('is 0 against a zero vector', () => {
    expect(cosineSimilarity([0, 0], [1, 1])).toBe(0);
  });

  it('refuses vectors of different lengths', () => {
    expect(() => cosineSimilarity([1], [1, 2])).toThrow('vectors differ in length (1 and 2)');
  });
});
