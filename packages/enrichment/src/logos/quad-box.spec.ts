import { boxOfProjectedQuad } from './quad-box';

describe('boxOfProjectedQuad', () => {
  it('bounds a rotated square as fractions of the frame', () => {
    const box = boxOfProjectedQuad(
      [
        { x: 50, y: 10 },
        { x: 90, y: 50 },
        { x: 50, y: 90 },
        { x: 10, y: 50 },
      ],
      200,
      100,
    );
    expect(box).toEqual({ x: 0.05, y: 0.1, width: 0.4, height: 0.8 });
  });

  it('clips corners outside the frame', () => {
    const box = boxOfProjectedQuad(
      [
        { x: -20, y: -20 },
        { x: 50, y: -20 },
        { x: 50, y: 50 },
        { x: -20, y: 50 },
      ],
      100,
      100,
    );
    expect(box).toEqual({ x: 0, y: 0, width: 0.5, height: 0.5 });
  });

  it('rejects a folded (self-crossing) or collapsed projection', () => {
    const folded = [
      { x: 0, y: 0 },
      { x: 50, y: 50 },
      { x: 50, y: 0 },
      { x: 0, y: 50 },
    ];
    const collapsed = [
      { x: 0, y: 0 },
      { x: 3, y: 0 },
      { x: 3, y: 3 },
      { x: 0, y: 3 },
    ];
    expect(boxOfProjectedQuad(folded, 100, 100)).toBeNull();
    expect(boxOfProjectedQuad(collapsed, 100, 100)).toBeNull();
  });
});
