import { loadSharp } from '@mam/media';
import { squareFrameFor, type SquareFrame } from './square-frame';

export interface SquarePixels {
  frame: SquareFrame;
  /** RGB, row-major, `frame.side` squared pixels. */
  rgb: Buffer;
}

/** Decodes a JPEG or PNG file (EXIF orientation applied) into the detectors' padded RGB square. */
export async function readSquareFrame(
  imagePath: string,
  maxSide: number,
  limitInputPixels: number,
): Promise<SquarePixels> {
  const metadata = await (await loadSharp())(imagePath, { limitInputPixels }).metadata();
  const width = metadata.autoOrient?.width ?? metadata.width;
  const height = metadata.autoOrient?.height ?? metadata.height;
  const frame = squareFrameFor(width ?? 0, height ?? 0, maxSide);
  const { data, info } = await (
    await loadSharp()
  )(imagePath, { limitInputPixels, failOn: 'error' })
    .rotate()
    .resize(frame.width, frame.height, { fit: 'fill' })
    .removeAlpha()
    .toColourspace('srgb')
    .extend({
      right: frame.side - frame.width,
      bottom: frame.side - frame.height,
      background: { r: 0, g: 0, b: 0 },
    })
    .raw()
    .toBuffer({ resolveWithObject: true });
  if (info.channels !== 3 || info.width !== frame.side || info.height !== frame.side)
    throw new Error(`decoding ${imagePath} gave ${info.width}x${info.height}x${info.channels}, not an RGB square`);
  return { frame, rgb: data };
}
