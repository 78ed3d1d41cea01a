import sharp from 'sharp';
import { detectFileType } from './detect-file-type';
import { ensureParentDir } from './ensure-parent-dir';
import { DEFAULT_IMAGE_PIXEL_LIMIT } from './media-options';
import { imageFailure, imagePipeline, type ImagePreview } from './make-image-previews';
import { removeQuietly } from './remove-quietly';

export interface DocumentPreviewOptions {
  /** Default 1280. */
  width?: number;
  limitInputPixels?: number;
  timeoutMs?: number;
  signal?: AbortSignal;
  onProgress?: (fraction: number) => void;
}

/** Whether this sharp build can rasterise PDF (it needs libvips with PDFium or poppler). */
export function canPreviewPdf(): boolean {
  return sharp.format.pdf?.input.file === true;
}

/**
 * Writes a WebP of a PDF's first page, or returns null when it cannot be done cheaply here:
 * for files other than PDF, and with sharp's stock build, which has no PDF renderer (ffmpeg
 * cannot read PDF either). Rendering would then need poppler or PDFium, not installed here.
 */
export async function makeDocumentPreview(input: string, output: string, options: DocumentPreviewOptions = {}): Promise<ImagePreview | null> {
  const type = await detectFileType(input);
  if (type.format !== 'pdf' || !canPreviewPdf()) return null;
  await ensureParentDir(output);
  options.signal?.throwIfAborted();
  try {
    const info = await imagePipeline(input, options.limitInputPixels ?? DEFAULT_IMAGE_PIXEL_LIMIT, options.timeoutMs, { page: 0, density: 144 })
      .resize({ width: options.width ?? 1280, withoutEnlargement: true })
      .flatten({ background: '#ffffff' })
      .toColorspace('srgb')
      .webp({ quality: 80 })
      .toFile(output);
    options.onProgress?.(1);
    return { width: info.width, height: info.height, file: output };
  } catch (error) {
    await removeQuietly(output);
    throw imageFailure(error, options.timeoutMs);
  }
}
