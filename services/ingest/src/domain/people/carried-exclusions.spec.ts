import { carriedExclusions, overlap } from './carried-exclusions';

const box = (x: number, y = 0.1, size = 0.2) => ({ x, y, width: size, height: size });

describe('carriedExclusions', () => {
  const previous = [
    { startFrame: 25, box: box(0.1), excludedPersonIds: ['p1'] },
    { startFrame: 25, box: box(0.6), excludedPersonIds: ['p2'] },
    { startFrame: 50, box: box(0.1), excludedPersonIds: ['p3'] },
  ];

  it('keeps the marks of the same face on the same keyframe', () => {
    expect(carriedExclusions(previous, { startFrame: 25, box: box(0.11) })).toEqual(['p1']);
  });

  it('keeps nothing for a face elsewhere on the picture or on another keyframe', () => {
    expect(carriedExclusions(previous, { startFrame: 25, box: box(0.35) })).toEqual([]);
    expect(carriedExclusions(previous, { startFrame: 75, box: box(0.1) })).toEqual([]);
  });

  it('measures overlap as intersection over union', () => {
    expect(overlap(box(0.1), box(0.1))).toBeCloseTo(1);
    expect(overlap(box(0.1), box(0.2))).toBeCloseTo(1 / 3);
    expect(overlap(box(0.1), box(0.5))).toBe(0);
  });
});
