import { POSITION_GAP, positionsBetween } from './ordered-positions';

describe('positionsBetween', () => {
  it('numbers an empty list with gaps', () => {
    expect(positionsBetween(null, null, 3)).toEqual([POSITION_GAP, 2 * POSITION_GAP, 3 * POSITION_GAP]);
  });

  it('appends after the last and prepends before the first, keeping the given order', () => {
    expect(positionsBetween(5000, null, 2)).toEqual([5000 + POSITION_GAP, 5000 + 2 * POSITION_GAP]);
    expect(positionsBetween(null, 100, 2)).toEqual([100 - 2 * POSITION_GAP, 100 - POSITION_GAP]);
  });

  it('spreads items evenly between two neighbours', () => {
    expect(positionsBetween(1024, 2048, 1)).toEqual([1536]);
    expect(positionsBetween(0, 100, 3)).toEqual([25, 50, 75]);
    const placed = positionsBetween(10, 20, 9)!;
    expect(placed).toEqual([11, 12, 13, 14, 15, 16, 17, 18, 19]);
  });

  it('asks for a renumbering when the neighbours leave no room', () => {
    expect(positionsBetween(10, 11, 1)).toBeNull();
    expect(positionsBetween(10, 20, 10)).toBeNull();
    expect(positionsBetween(7, 7, 1)).toBeNull();
  });

  it('halves the gap on repeated moves to the same place until it runs out', () => {
    let after = 2 * POSITION_GAP;
    let moves = 0;
    for (;;) {
      const next = positionsBetween(POSITION_GAP, after, 1);
      if (!next) break;
      expect(next[0]).toBeGreaterThan(POSITION_GAP);
      expect(next[0]).toBeLessThan(after);
      after = next[0];
      moves++;
    }
    expect(moves).toBe(Math.log2(POSITION_GAP));
  });

  it('places nothing for zero items and refuses a negative count', () => {
    expect(positionsBetween(1, 2, 0)).toEqual([]);
    expect(() => positionsBetween(1, 2, -1)).toThrow(RangeError);
  });
});
