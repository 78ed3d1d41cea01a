import { stat } from 'node:fs/promises';
import { loadSharp } from './load-sharp';
import { EmptyFileError, MediaError } from './errors';
import { readExif, type ExifFields } from './exif';
import { iccProfileName } from './icc-profile-name';
import { DEFAULT_IMAGE_PIXEL_LIMIT } from './media-options';

/** What an image file says about itself, read from its header without decoding pixels. */
export interface ImageMetadata {
  format: string;
  /** As stored, before EXIF orientation. */
  width: number;
  height: number;
  /** As shown, after EXIF orientation (5–8 swap width and height). */
  displayWidth: number;
  displayHeight: number;
  orientation: number | null;
  /** libvips interpretation: srgb, cmyk, b-w, rgb16, grey16, ... */
  colorSpace: string;
  iccProfileName: string | null;
  hasIccProfile: boolean;
  bitDepth: number | null;
  channels: number;
  hasAlpha: boolean;
  pages: number;
  density: number | null;
  exif: ExifFields | null;
}

export interface ProbeImageOptions {
  /** Largest width × height accepted; default 16383². */
  limitInputPixels?: number;
}

const DEPTH_BITS: Record<string, number> = {
  uchar: 8,
  char: 8,
  ushort: 16,
  short: 16,
  uint: 32,
  int: 32,
  float: 32,
  complex: 64,
  double: 64,
  dpcomplex: 128,
};

/** Wraps sharp's errors: an unreadable image is a MediaError, a missing file is not. */
export function imageError(error: unknown): Error {
  const message = error instanceof Error ? error.message : String(error);
  if (/Input file is missing/.test(message)) return new Error(message, { cause: error });
  return new MediaError(
    `not a readable image: ${message.replace(/^Input (file|buffer) (contains|has) /, '').split('\n')[0]}`,
    { cause: error },
  );
}

/** Refuses an image larger than the pixel limit, naming its size. */
export function assertWithinPixelLimit(width: number, height: number, limit: number): void {
  if (width * height > limit) throw new MediaError(`image is ${width}x${height} pixels; the limit is ${limit} pixels`);
}

/**
 * Reads an image's dimensions, orientation, colour and camera fields from its header. An image
 * claiming more pixels than the limit fails at once, before anything is decoded.
 */
export async function probeImage(path: string, options: ProbeImageOptions = {}): Promise<ImageMetadata> {
  const limit = options.limitInputPixels ?? DEFAULT_IMAGE_PIXEL_LIMIT;
  if ((await stat(path)).size === 0) throw new EmptyFileError();
  // sharp's own limit check would refuse without saying the size; the header read decodes no pixels.
  const metadata = await (
    await loadSharp()
  )(path, { limitInputPixels: false })
    .metadata()
    .catch((error) => {
      throw imageError(error);
    });
  if (!metadata.width || !metadata.height) throw new MediaError('not a readable image: no dimensions');
  assertWithinPixelLimit(metadata.width, metadata.height, limit);
  const exif = metadata.exif ? readExif(metadata.exif) : null;
  const orientation = metadata.orientation ?? exif?.orientation ?? null;
  const swapped = orientation !== null && orientation >= 5;
  return {
    format: metadata.format,
    width: metadata.width,
    height: metadata.height,
    displayWidth: swapped ? metadata.height : metadata.width,
    displayHeight: swapped ? metadata.width : metadata.height,
    orientation,
    colorSpace: metadata.space,
    iccProfileName: metadata.icc ? iccProfileName(metadata.icc) : null,
    hasIccProfile: metadata.hasProfile,
    bitDepth: metadata.bitsPerSample ?? DEPTH_BITS[metadata.depth] ?? null,
    channels: metadata.channels,
    hasAlpha: metadata.hasAlpha,
    pages: metadata.pages ?? 1,
    density: metadata.density ?? null,
    exif,
  };
}
