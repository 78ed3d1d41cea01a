import { accessSync, constants } from 'node:fs';
import { mkdir, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { loadSharp } from './load-sharp';
import { detectFileType } from './detect-file-type';
import { NotApplicableError } from './errors';
import { findExecutable } from './find-executable';
import type { ImagePreview } from './make-image-previews';
import { DEFAULT_MEMORY_BYTES, type MediaTools } from './media-options';
import { pageCountFromPdfinfo, pdfPageArgs } from './pdf-page-args';
import { processFailure } from './process-failure';
import { removeQuietly } from './remove-quietly';
import { runProcess } from './run-process';

export interface DocumentPreviewOptions {
  /** Width of the first page's preview; default 1280. */
  width?: number;
  /** Width of each page thumbnail; default 320. */
  pageWidth?: number;
  /** Pages given a thumbnail, from the first; default 20. */
  maxPages?: number;
  /** Wall-clock limit for the whole document; default 120 s. */
  timeoutMs?: number;
  /** Address-space cap of each renderer run; null for none. */
  memoryBytes?: number | null;
  /** CPU priority of each renderer run (nice, 0–19). */
  niceness?: number;
  signal?: AbortSignal;
  onProgress?: (fraction: number) => void;
  tools?: MediaTools;
}

export interface PagePreview extends ImagePreview {
  /** 1-based page number. */
  page: number;
}

export interface DocumentPreview {
  /** The first page, WebP. */
  preview: ImagePreview;
  /** JPEG thumbnails of the first pages (up to maxPages), in page order. */
  pages: PagePreview[];
  /** Pages in the document, when pdfinfo could tell. */
  pageCount: number | null;
}

const PREFIX = 'not a readable PDF';

function executable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** A poppler tool's path: the configured one (a path must exist) or the one on PATH; null when not installed. */
function popplerTool(name: 'pdftoppm' | 'pdfinfo', tools: MediaTools | undefined): string | null {
  const given = tools?.[name];
  if (given?.includes('/')) return executable(given) ? given : null;
  return findExecutable(given ?? name);
}

/**
 * Renders a PDF with poppler's pdftoppm: a WebP of the first page and JPEG thumbnails of the
 * first pages, each run under the timeout and the memory cap. A file other than PDF, or a
 * machine without pdftoppm, gives NotApplicableError (the preview is skipped, the asset is fine);
 * a PDF poppler cannot read gives a MediaError with its reason.
 */
export async function makeDocumentPreview(
  input: string,
  outDir: string,
  options: DocumentPreviewOptions = {},
): Promise<DocumentPreview> {
  const type = await detectFileType(input);
  if (type.format !== 'pdf') throw new NotApplicableError('no preview for this type');
  const pdftoppm = popplerTool('pdftoppm', options.tools);
  if (!pdftoppm) throw new NotApplicableError('no preview: pdftoppm not installed');
  const pdfinfo = popplerTool('pdfinfo', options.tools);
  const timeoutMs = options.timeoutMs ?? 120_000;
  const memoryBytes = options.memoryBytes === undefined ? DEFAULT_MEMORY_BYTES : options.memoryBytes;
  const maxPages = Math.max(1, options.maxPages ?? 20);
  const startedAt = Date.now();
  const run = async (command: string, label: string, args: string[], onStdout?: (chunk: Buffer) => void) => {
    const outcome = await runProcess({
      command,
      args,
      label,
      timeoutMs: Math.max(1, timeoutMs - (Date.now() - startedAt)),
      memoryBytes,
      niceness: options.niceness,
      signal: options.signal,
      onStdout,
    });
    if (outcome.exitCode !== 0)
      throw processFailure(outcome, { label, prefix: PREFIX, paths: [input, outDir], memoryBytes });
  };
  await mkdir(outDir, { recursive: true });
  const pagesDir = join(outDir, 'pages');
  const previewPng = join(outDir, 'preview');
  const previewFile = join(outDir, 'preview.webp');
  try {
    let pageCount: number | null = null;
    if (pdfinfo) {
      const chunks: Buffer[] = [];
      await run(pdfinfo, 'pdfinfo', [input], (chunk) => chunks.push(chunk));
      pageCount = pageCountFromPdfinfo(Buffer.concat(chunks).toString('latin1'));
    }
    options.onProgress?.(0.1);
    await run(
      pdftoppm,
      'pdftoppm',
      pdfPageArgs({
        input,
        outputPrefix: previewPng,
        firstPage: 1,
        lastPage: 1,
        width: options.width ?? 1280,
        format: 'png',
      }),
    );
    const made = await (
      await loadSharp()
    )(`${previewPng}.png`)
      .flatten({ background: '#ffffff' })
      .toColorspace('srgb')
      .webp({ quality: 80 })
      .toFile(previewFile);
    await removeQuietly(`${previewPng}.png`);
    options.onProgress?.(0.5);
    await mkdir(pagesDir, { recursive: true });
    const lastPage = Math.min(maxPages, pageCount ?? maxPages);
    await run(
      pdftoppm,
      'pdftoppm',
      pdfPageArgs({
        input,
        outputPrefix: join(pagesDir, 'page'),
        firstPage: 1,
        lastPage,
        width: options.pageWidth ?? 320,
        format: 'jpeg',
      }),
    );
    const pages: PagePreview[] = [];
    // Numbered page-<n>.jpg, or page.jpg when only one page was asked for (-singlefile).
    const pageOf = (file: string) => (file === 'page.jpg' ? 1 : Number(/^page-(\d+)\.jpg$/.exec(file)?.[1] ?? NaN));
    const numbered = (await readdir(pagesDir)).map((file) => ({ file, page: pageOf(file) }));
    for (const { file, page } of numbered
      .filter((entry) => Number.isInteger(entry.page))
      .sort((a, b) => a.page - b.page)) {
      const { width = 0, height = 0 } = await (await loadSharp())(join(pagesDir, file)).metadata();
      pages.push({ page, width, height, file: join(pagesDir, file) });
    }
    options.onProgress?.(1);
    return { preview: { width: made.width, height: made.height, file: previewFile }, pages, pageCount };
  } catch (error) {
    await Promise.all([
      removeQuietly(previewFile, `${previewPng}.png`),
      rm(pagesDir, { recursive: true, force: true }),
    ]);
    throw options.signal?.aborted ? options.signal.reason : error;
  }
}
