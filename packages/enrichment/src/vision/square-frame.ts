import type { Box } from '../engine';

/**
 * Detectors see a square frame: the image scaled to fit `side` pixels (never enlarged) and padded
 * at the right and bottom, so its aspect ratio is kept (a squeezed cat reads as a dog).
 */
export interface SquareFrame {
  /** The square's side in pixels. */
  side: number;
  /** The scaled image's size inside the square (top-left aligned). */
  width: number;
  height: number;
}

export function squareFrameFor(imageWidth: number, imageHeight: number, maxSide: number): SquareFrame {
  if (!(imageWidth > 0 && imageHeight > 0)) throw new Error(`image has no pixels (${imageWidth}x${imageHeight})`);
  const longest = Math.max(imageWidth, imageHeight);
  const scale = Math.min(1, maxSide / longest);
  const width = Math.max(1, Math.round(imageWidth * scale));
  const height = Math.max(1, Math.round(imageHeight * scale));
  return { side: Math.max(width, height), width, height };
}

/** A box in the square's pixels as fractions of the image, clipped to it; null when nothing is left. */
export function boxInImage(frame: SquareFrame, [x, y, width, height]: [number, number, number, number]): Box | null {
  const left = clamp(x / frame.width);
  const top = clamp(y / frame.height);
  const right = clamp((x + width) / frame.width);
  const bottom = clamp((y + height) / frame.height);
  if (right <= left || bottom <= top) return null;
  return { x: left, y: top, width: right - left, height: bottom - top };
}

function clamp(value: number): number {
  return Math.min(1, Math.max(0, value));
}
