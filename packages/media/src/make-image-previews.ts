import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Sharp, SharpOptions } from 'sharp';
import { loadSharp } from './load-sharp';
import { MediaError } from './errors';
import { imageError, probeImage } from './image-metadata';
import { DEFAULT_IMAGE_PIXEL_LIMIT } from './media-options';
import { removeQuietly } from './remove-quietly';

export interface ImagePreviewOptions {
  /** Target widths; default [320, 1280]. Images are never enlarged, so small ones give fewer previews. */
  widths?: number[];
  /** WebP quality; default 80. */
  quality?: number;
  limitInputPixels?: number;
  timeoutMs?: number;
  signal?: AbortSignal;
  onProgress?: (fraction: number) => void;
}

export interface ImagePreview {
  width: number;
  height: number;
  file: string;
}

/** Wraps sharp's timeout error in a user-facing reason. */
export function imageFailure(error: unknown, timeoutMs: number | undefined): Error {
  if (error instanceof Error && /timeout/i.test(error.message) && timeoutMs !== undefined)
    return new MediaError(`image processing exceeded ${Math.ceil(timeoutMs / 1000)} s`, { cause: error });
  return error instanceof MediaError ? error : imageError(error);
}

/** A sharp pipeline that reads at most `limit` pixels and stops after the timeout. */
export async function imagePipeline(
  input: string,
  limit: number,
  timeoutMs: number | undefined,
  extra: SharpOptions = {},
): Promise<Sharp> {
  const sharp = await loadSharp();
  const pipeline = sharp(input, { limitInputPixels: limit, failOn: 'error', sequentialRead: true, ...extra });
  return timeoutMs === undefined ? pipeline : pipeline.timeout({ seconds: Math.max(1, Math.ceil(timeoutMs / 1000)) });
}

/**
 * Writes sRGB WebP previews (`preview-<width>.webp`) with EXIF orientation applied, one per
 * target width no wider than the image. An image above the pixel limit fails before decoding.
 */
export async function makeImagePreviews(
  input: string,
  outDir: string,
  options: ImagePreviewOptions = {},
): Promise<ImagePreview[]> {
  const limit = options.limitInputPixels ?? DEFAULT_IMAGE_PIXEL_LIMIT;
  const source = await probeImage(input, { limitInputPixels: limit });
  const widths = [
    ...new Set((options.widths ?? [320, 1280]).map((width) => Math.min(Math.round(width), source.displayWidth))),
  ].sort((a, b) => a - b);
  await mkdir(outDir, { recursive: true });
  try {
    // Decode once, at the largest size wanted (JPEG shrink-on-load makes that cheap), then
    // derive every preview from those pixels.
    const { data, info } = await (
      await imagePipeline(input, limit, options.timeoutMs, { autoOrient: true })
    )
      .resize({ width: widths[widths.length - 1], withoutEnlargement: true })
      .toColorspace('srgb')
      .raw()
      .toBuffer({ resolveWithObject: true });
    options.signal?.throwIfAborted();
    // Every preview is encoded from those pixels at once: one photo uses a core per preview.
    const sharp = await loadSharp();
    const decoded = sharp(data, { raw: { width: info.width, height: info.height, channels: info.channels } });
    let done = 0;
    const previews = await Promise.all(
      widths.map(async (width): Promise<ImagePreview> => {
        const file = join(outDir, `preview-${width}.webp`);
        const made = await (width < info.width ? decoded.clone().resize({ width }) : decoded.clone())
          .withIccProfile('srgb')
          .webp({ quality: options.quality ?? 80 })
          .toFile(file);
        options.onProgress?.(++done / widths.length);
        return { width: made.width, height: made.height, file };
      }),
    );
    return previews;
  } catch (error) {
    await removeQuietly(...widths.map((width) => join(outDir, `preview-${width}.webp`)));
    throw options.signal?.aborted ? options.signal.reason : imageFailure(error, options.timeoutMs);
  }
}
