import { checkAnnotations, type Annotation } from './annotations';

const arrow: Annotation = {
  kind: 'ARROW',
  points: [
    { x: 0.1, y: 0.2 },
    { x: 0.5, y: 0.5 },
  ],
  color: '#FF0000',
  text: null,
};

describe('checkAnnotations', () => {
  it('keeps valid shapes with colours normalised', () => {
    expect(checkAnnotations([arrow])).toEqual([{ ...arrow, color: '#ff0000' }]);
  });

  it('refuses points outside 0..1, wrong point counts, bad colours and 100,000 points', () => {
    expect(() =>
      checkAnnotations([
        {
          ...arrow,
          points: [
            { x: 1.2, y: 0 },
            { x: 0, y: 0 },
          ],
        },
      ]),
    ).toThrow(/outside the picture/);
    expect(() => checkAnnotations([{ ...arrow, points: [{ x: 0, y: 0 }] }])).toThrow(/takes 2 points/);
    expect(() => checkAnnotations([{ ...arrow, color: 'red' }])).toThrow(/#rrggbb/);
    const many = Array.from({ length: 100_000 }, (_, i) => ({ x: (i % 100) / 100, y: 0.5 }));
    expect(() => checkAnnotations([{ kind: 'FREEHAND', points: many, color: '#00ff00', text: null }])).toThrow(
      /at most 10000 points/,
    );
    expect(() =>
      checkAnnotations([{ kind: 'TEXT', points: [{ x: 0.5, y: 0.5 }], color: '#00ff00', text: ' ' }]),
    ).toThrow(/needs its text/);
  });
});
