import { boxInImage, squareFrameFor } from './square-frame';

describe('squareFrameFor', () => {
  it('scales the longest side down to the limit and keeps the aspect ratio', () => {
    expect(squareFrameFor(4000, 3000, 1024)).toEqual({ side: 1024, width: 1024, height: 768 });
    expect(squareFrameFor(300, 600, 300)).toEqual({ side: 300, width: 150, height: 300 });
  });

  it('never enlarges a small image', () => {
    expect(squareFrameFor(451, 300, 1024)).toEqual({ side: 451, width: 451, height: 300 });
  });

  it('refuses an image without pixels', () => {
    expect(() => squareFrameFor(0, 10, 1024)).toThrow('image has no pixels (0x10)');
  });
});

describe('boxInImage', () => {
  const frame = { side: 400, width: 400, height: 200 };

  it('gives fractions of the image, not of the padded square', () => {
    expect(boxInImage(frame, [100, 50, 200, 100])).toEqual({ x: 0.25, y: 0.25, width: 0.5, height: 0.5 });
  });

  it('clips a box that reaches into the padding or past the edges', () => {
    expect(boxInImage(frame, [-40, 150, 80, 200])).toEqual({ x: 0, y: 0.75, width: 0.1, height: 0.25 });
  });

  it('drops a box that lies wholly in the padding', () => {
    expect(boxInImage(frame, [10, 250, 50, 100])).toBeNull();
  });
});
