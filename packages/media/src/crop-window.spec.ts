import {
  centreCrop,
  cropPathExpression,
  cropWindowSize,
  faceCentre,
  followFaces,
  type CropKey,
  type FaceSample,
} from './crop-window';

const hd = { width: 1920, height: 1080 };
const vertical = cropWindowSize(hd, { width: 1080, height: 1920 });

/** Evaluates a crop path expression as ffmpeg would at time t: a constant plus `change*clip((t-from)/span,0,1)` terms. */
function at(expression: string, t: number): number {
  const [first, ...terms] = expression.split('+');
  return terms.reduce((value, term) => {
    const [, change, from, span] = /^(-?[\d.]+)\*clip\(\(t-([\d.]+)\)\/([\d.]+),0,1\)$/.exec(term)!.map(Number);
    return value + change * Math.min(Math.max((t - from) / span, 0), 1);
  }, Number(first));
}

const face = (x: number, y: number, width = 0.1, height = 0.2) => ({ x, y, width, height });

describe('cropWindowSize', () => {
  it('takes the full height of a wide master for tall and square frames, even on both sides', () => {
    expect(vertical).toEqual({ width: 606, height: 1080 });
    expect(cropWindowSize(hd, { width: 1080, height: 1080 })).toEqual({ width: 1080, height: 1080 });
    expect(cropWindowSize(hd, { width: 1080, height: 1350 })).toEqual({ width: 864, height: 1080 });
  });

  it('takes the full width of a tall master for a wide frame', () => {
    expect(cropWindowSize({ width: 1080, height: 1920 }, { width: 1920, height: 1080 })).toEqual({
      width: 1080,
      height: 606,
    });
  });
});

describe('faceCentre', () => {
  it('centres on the middle of all faces when they fit in the window together', () => {
    // Faces from 0.30 to 0.50 of the width: 576 to 960 px, 384 px wide, inside a 606 px window.
    const centre = faceCentre(hd, vertical, [face(0.3, 0.2, 0.05), face(0.45, 0.4, 0.05)])!;
    expect(centre.x).toBeCloseTo(768, 6);
    expect(centre.y).toBeCloseTo(432, 6);
  });

  it('centres on the largest face when the faces are too far apart for one window', () => {
    const centre = faceCentre(hd, vertical, [face(0.1, 0.2, 0.05, 0.1), face(0.8, 0.3, 0.1, 0.2)]);
    expect(centre).toEqual({ x: 0.85 * 1920, y: 0.4 * 1080 });
  });

  it('has no centre without faces', () => {
    expect(faceCentre(hd, vertical, [])).toBeNull();
  });
});

describe('followFaces', () => {
  it('is the centre crop as one key when no face is known', () => {
    expect(centreCrop(hd, vertical)).toEqual({ x: 656, y: 0 });
    expect(followFaces(hd, vertical, [])).toEqual([{ seconds: 0, x: 656, y: 0 }]);
    expect(followFaces(hd, vertical, [{ seconds: 0, faces: [] }])).toEqual([{ seconds: 0, x: 656, y: 0 }]);
  });

  it('puts the window on a face and keeps it inside the picture at the edges', () => {
    const keys = followFaces(
      hd,
      vertical,
      [
        { seconds: 0, faces: [face(0.7, 0.2)] },
        { seconds: 2, faces: [face(0.0, 0.2)] },
        { seconds: 4, faces: [face(0.9, 0.2)] },
      ],
      { smoothingSeconds: 0 },
    );
    // 0.75 of 1920 = 1440, minus half the window (303); then the left edge; then the right edge.
    expect(keys).toEqual([
      { seconds: 0, x: 1137, y: 0 },
      { seconds: 2, x: 0, y: 0 },
      { seconds: 4, x: 1314, y: 0 },
    ]);
  });

  it('holds the last known place through moments without faces, and takes the first one before any', () => {
    const keys = followFaces(
      hd,
      vertical,
      [
        { seconds: 0, faces: [] },
        { seconds: 1, faces: [face(0.45, 0.2)] },
        { seconds: 2, faces: [] },
        { seconds: 3, faces: [face(0.2, 0.2)] },
      ],
      { smoothingSeconds: 0 },
    );
    const first = Math.round(0.5 * 1920 - 303);
    const last = Math.round(0.25 * 1920 - 303);
    expect(keys.map((key) => key.x)).toEqual([first, first, first, last]);
  });

  it('smooths a jump over the samples within the smoothing time', () => {
    const samples: FaceSample[] = [0, 0.5, 1, 1.5, 2].map((seconds) => ({
      seconds,
      faces: [seconds < 1 ? face(0.25, 0.2) : face(0.55, 0.2)],
    }));
    const xs = followFaces(hd, vertical, samples, { smoothingSeconds: 0.5 }).map((key) => key.x);
    // Centres 576 then 1152 px: each key is the mean of its neighbours within half a second.
    expect(xs).toEqual(
      [576 - 303, Math.round((576 * 2 + 1152) / 3 - 303), Math.round((576 + 1152 * 2) / 3 - 303)].concat([
        1152 - 303,
        1152 - 303,
      ]),
    );
  });

  it('thins a long track to at most maxKeys keys, keeping the first and the last moment', () => {
    const samples: FaceSample[] = Array.from({ length: 200 }, (_, i) => ({
      seconds: i / 10,
      faces: [face((i % 50) / 100, 0.2)],
    }));
    const keys = followFaces(hd, vertical, samples, { maxKeys: 20, smoothingSeconds: 0 });
    expect(keys).toHaveLength(20);
    expect(keys[0].seconds).toBe(0);
    expect(keys.at(-1)!.seconds).toBe(19.9);
  });
});

describe('cropPathExpression', () => {
  const keys: CropKey[] = [
    { seconds: 0, x: 100, y: 0 },
    { seconds: 1, x: 300, y: 0 },
    { seconds: 2, x: 300, y: 0 },
    { seconds: 4, x: 0, y: 0 },
  ];

  it('moves linearly from key to key, holding before the first and after the last', () => {
    const x = cropPathExpression(keys, 'x');
    expect(x).toBe('100+200*clip((t-0)/1,0,1)+-300*clip((t-2)/2,0,1)');
    expect([-1, 0, 0.5, 1, 1.5, 2, 3, 4, 9].map((t) => at(x, t))).toEqual([100, 100, 200, 300, 300, 300, 150, 0, 0]);
  });

  it('is a constant on an axis that never moves', () => {
    expect(cropPathExpression(keys, 'y')).toBe('0');
  });
});
