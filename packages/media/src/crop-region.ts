import { loadSharp } from './load-sharp';
import { MediaError } from './errors';

/** A rectangle as fractions (0..1) of an image's width and height, from its top-left corner. */
export interface Region {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * A square JPEG of a region of a still (a face, say), widened by `margin` of its size on each side
 * and clipped to the image, `size` pixels a side.
 */
export async function cropRegion(
  input: string,
  region: Region,
  output: string,
  options: { size?: number; margin?: number } = {},
): Promise<void> {
  const size = options.size ?? 160;
  const margin = options.margin ?? 0.25;
  const image = (await loadSharp())(input, { failOn: 'error' });
  const { width = 0, height = 0 } = await image.metadata();
  if (!width || !height) throw new MediaError(`cannot read the size of ${input}`);
  const side = Math.max(region.width * width, region.height * height) * (1 + 2 * margin);
  const centreX = (region.x + region.width / 2) * width;
  const centreY = (region.y + region.height / 2) * height;
  const left = Math.max(0, Math.round(centreX - side / 2));
  const top = Math.max(0, Math.round(centreY - side / 2));
  const cropWidth = Math.max(1, Math.min(width - left, Math.round(side)));
  const cropHeight = Math.max(1, Math.min(height - top, Math.round(side)));
  await image
    .extract({ left, top, width: cropWidth, height: cropHeight })
    .resize(size, size, { fit: 'cover' })
    .jpeg({ quality: 85 })
    .toFile(output);
}
