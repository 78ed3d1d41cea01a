import { personSegments, type FaceWindow } from './person-segments';

const box = (x: number) => ({ x, y: 0.1, width: 0.2, height: 0.3 });
const face = (personId: string, startFrame: number, endFrame: number, confidence = 0.9, x = 0.1): FaceWindow => ({
  personId,
  startFrame,
  endFrame,
  confidence,
  box: box(x),
});
const names: Record<string, string> = { a: 'Ada', b: '' };

describe('personSegments', () => {
  it('joins touching and overlapping windows of one person and keeps a gap as two ranges', () => {
    const segments = personSegments(
      [face('a', 25, 50), face('a', 0, 25, 0.95, 0.4), face('a', 40, 60), face('a', 100, 125)],
      (id) => names[id],
    );
    expect(segments.map(({ personId, text, startFrame, endFrame }) => [personId, text, startFrame, endFrame])).toEqual([
      ['a', 'Ada', 0, 60],
      ['a', 'Ada', 100, 125],
    ]);
    // The most confident face gives the range its confidence and box.
    expect(segments[0]).toMatchObject({ confidence: 0.95, box: box(0.4) });
  });

  it('keeps people apart even where they share the screen, in start order', () => {
    const segments = personSegments([face('b', 0, 50), face('a', 25, 75), face('b', 50, 75)], (id) => names[id]);
    expect(segments.map(({ personId, startFrame, endFrame }) => [personId, startFrame, endFrame])).toEqual([
      ['b', 0, 75],
      ['a', 25, 75],
    ]);
  });

  it('gives nothing for no faces', () => {
    expect(personSegments([], () => 'x')).toEqual([]);
  });
});
