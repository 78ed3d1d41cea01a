import { characterAccuracy, characterEditDistance } from './character-accuracy';

describe('characterEditDistance', () => {
  it.each([
    ['', '', 0],
    ['abc', '', 3],
    ['', 'ab', 2],
    ['kitten', 'sitting', 3],
    ['Harbour', 'harbour', 1],
  ])('%p to %p is %p edits', (a, b, edits) => {
    expect(characterEditDistance(a, b)).toBe(edits);
  });
});

describe('characterAccuracy', () => {
  it('is 1 for an exact read, white space runs aside', () => {
    expect(characterAccuracy('Harbour Lights 2026', ' Harbour  Lights\n2026 ')).toEqual({
      accuracy: 1,
      edits: 0,
      length: 19,
    });
  });

  it('counts each wrong, missing or extra character against the reference length', () => {
    expect(characterAccuracy('Scene 14', 'Scene l4!')).toEqual({ accuracy: 0.75, edits: 2, length: 8 });
  });

  it('never goes below 0 when more junk is read than the reference is long', () => {
    expect(characterAccuracy('ab', 'xyzxyz').accuracy).toBe(0);
  });

  it('is 1 for nothing read of an empty reference and 0 for anything read', () => {
    expect(characterAccuracy('', '').accuracy).toBe(1);
    expect(characterAccuracy('', 'x').accuracy).toBe(0);
  });
});
