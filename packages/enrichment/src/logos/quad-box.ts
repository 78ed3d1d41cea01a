import type { Box } from '../engine';

export type Point = { x: number; y: number };

/**
 * The bounding box (as fractions of the frame) of a logo's projected corners, or null when the
 * projection is not a plausible view of a flat logo: not convex, folded, or degenerate.
 */
export function boxOfProjectedQuad(corners: readonly Point[], frameWidth: number, frameHeight: number): Box | null {
  if (corners.length !== 4 || !isConvex(corners)) return null;
  const xs = corners.map((c) => Math.min(frameWidth, Math.max(0, c.x)));
  const ys = corners.map((c) => Math.min(frameHeight, Math.max(0, c.y)));
  const left = Math.min(...xs);
  const top = Math.min(...ys);
  const width = Math.max(...xs) - left;
  const height = Math.max(...ys) - top;
  if (width < 8 || height < 8) return null;
  return { x: left / frameWidth, y: top / frameHeight, width: width / frameWidth, height: height / frameHeight };
}

function isConvex(corners: readonly Point[]): boolean {
  let sign = 0;
  for (let i = 0; i < corners.length; i++) {
    const a = corners[i];
    const b = corners[(i + 1) % corners.length];
    const c = corners[(i + 2) % corners.length];
    const cross = (b.x - a.x) * (c.y - b.y) - (b.y - a.y) * (c.x - b.x);
    if (cross === 0) return false;
    if (sign === 0) sign = Math.sign(cross);
    else if (Math.sign(cross) !== sign) return false;
  }
  return true;
}
