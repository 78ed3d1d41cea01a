/** A face found in a frame, as fractions of the picture (0..1 from the top left). */
export interface FaceBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The faces found at one moment of the master. */
export interface FaceSample {
  seconds: number;
  faces: FaceBox[];
}

export interface Size {
  width: number;
  height: number;
}

/** Where the crop window's top left corner is at a moment, in the master's pixels. */
export interface CropKey {
  seconds: number;
  x: number;
  y: number;
}

const even = (value: number) => Math.max(2, Math.floor(value / 2) * 2);
const clamp = (value: number, low: number, high: number) => Math.min(Math.max(value, low), high);

/**
 * The largest window of the output's shape that fits in the master, even on both sides: the
 * full height of a wide master for a tall output, the full width of a tall master for a wide one.
 */
export function cropWindowSize(master: Size, output: Size): Size {
  const aspect = output.width / output.height;
  if (master.width / master.height > aspect)
    return { width: Math.min(even(master.height * aspect), even(master.width)), height: even(master.height) };
  return { width: even(master.width), height: Math.min(even(master.width / aspect), even(master.height)) };
}

/** The window in the middle of the master. */
export function centreCrop(master: Size, window: Size): { x: number; y: number } {
  return {
    x: Math.floor((master.width - window.width) / 4) * 2,
    y: Math.floor((master.height - window.height) / 4) * 2,
  };
}

/**
 * The point (in the master's pixels) the window centres on at one moment: the middle of all faces
 * when they fit in the window together, else the middle of the largest face. Null with no faces.
 */
export function faceCentre(master: Size, window: Size, faces: FaceBox[]): { x: number; y: number } | null {
  if (!faces.length) return null;
  const px = faces.map((f) => ({
    left: f.x * master.width,
    top: f.y * master.height,
    right: (f.x + f.width) * master.width,
    bottom: (f.y + f.height) * master.height,
  }));
  const left = Math.min(...px.map((f) => f.left));
  const right = Math.max(...px.map((f) => f.right));
  const top = Math.min(...px.map((f) => f.top));
  const bottom = Math.max(...px.map((f) => f.bottom));
  if (right - left <= window.width && bottom - top <= window.height)
    return { x: (left + right) / 2, y: (top + bottom) / 2 };
  const largest = px.reduce((a, b) =>
    (b.right - b.left) * (b.bottom - b.top) > (a.right - a.left) * (a.bottom - a.top) ? b : a,
  );
  return { x: (largest.left + largest.right) / 2, y: (largest.top + largest.bottom) / 2 };
}

export interface FollowOptions {
  /** Each position is the mean of the centres within this many seconds either side (no jitter). */
  smoothingSeconds?: number;
  /** At most this many keys (the expression handed to ffmpeg stays short on long masters). */
  maxKeys?: number;
}

/**
 * The crop window's path following the faces: each sample's face centre (moments without faces
 * hold the last known one, or the next one before any), smoothed over time, kept inside the
 * master, thinned to at most `maxKeys` keys evenly spread. With no face anywhere, the centre
 * crop as one key. Pure.
 */
export function followFaces(master: Size, window: Size, samples: FaceSample[], options: FollowOptions = {}): CropKey[] {
  const smoothing = options.smoothingSeconds ?? 0.5;
  const maxKeys = Math.max(2, options.maxKeys ?? 60);
  const sorted = [...samples].sort((a, b) => a.seconds - b.seconds);
  const found = sorted.map((sample) => faceCentre(master, window, sample.faces));
  const first = found.find((centre) => centre !== null);
  if (!first) return [{ seconds: 0, ...centreCrop(master, window) }];
  let held = first;
  const centres = sorted.map((sample, i) => {
    held = found[i] ?? held;
    return { seconds: sample.seconds, ...held };
  });
  const smoothed = centres.map((centre) => {
    const near = centres.filter((other) => Math.abs(other.seconds - centre.seconds) <= smoothing);
    return {
      seconds: centre.seconds,
      x: near.reduce((sum, c) => sum + c.x, 0) / near.length,
      y: near.reduce((sum, c) => sum + c.y, 0) / near.length,
    };
  });
  const step = smoothed.length > maxKeys ? (smoothed.length - 1) / (maxKeys - 1) : 1;
  const picked = step === 1 ? smoothed : Array.from({ length: maxKeys }, (_, i) => smoothed[Math.round(i * step)]);
  return picked.map((centre) => ({
    seconds: Math.round(centre.seconds * 1000) / 1000,
    x: Math.round(clamp(centre.x - window.width / 2, 0, master.width - window.width)),
    y: Math.round(clamp(centre.y - window.height / 2, 0, master.height - window.height)),
  }));
}

/**
 * An ffmpeg expression of time `t` moving linearly from key to key along one axis: the first
 * key's value plus, for each step, its share of the change so far (clip keeps each between none
 * and all of it). Flat, so long paths do not nest. Pure.
 */
export function cropPathExpression(keys: CropKey[], axis: 'x' | 'y'): string {
  if (!keys.length) return '0';
  const terms = [String(keys[0][axis])];
  for (let i = 1; i < keys.length; i++) {
    const change = keys[i][axis] - keys[i - 1][axis];
    if (change === 0) continue;
    const from = keys[i - 1].seconds;
    const span = Math.max(keys[i].seconds - from, 0.001);
    terms.push(`${change}*clip((t-${from})/${Math.round(span * 1000) / 1000},0,1)`);
  }
  return terms.join('+');
}
