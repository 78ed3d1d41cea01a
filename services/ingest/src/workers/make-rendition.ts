import { mkdir, rm } from 'node:fs/promises';
import { basename, join } from 'node:path';
import {
  formatRational,
  makeAudioProxy,
  makeDocumentPreview,
  makeFilmstrip,
  makeImagePreviews,
  makePoster,
  makeSceneThumbnails,
  makeVideoProxy,
  makeWaveform,
  MediaError,
  type MediaJobOptions,
  type TechnicalMetadata,
} from '@mam/media';
import { storageKeys } from '@mam/storage';
import type { RenditionJobRow, RenditionOutput } from '../repositories/rendition-jobs.repository';
import { technicalMetadataRepository } from '../repositories/technical-metadata.repository';
import { uploadsRepository } from '../repositories/uploads.repository';
import { renditionJobsRepository } from '../repositories/rendition-jobs.repository';
import type { JobContext } from './job-context';
import { openMaster } from './master-input';
import { hlsPublisher } from './publish-hls';

type Maker = (
  input: string,
  workDir: string,
  store: (file: string) => Promise<string>,
  options: MediaJobOptions & { metadata?: TechnicalMetadata; mediaKind?: string },
  context: JobContext,
  job: RenditionJobRow,
) => Promise<RenditionOutput>;

/** One maker per rendition kind: make the files in a scratch folder, then store them under deterministic keys. */
const makers: Record<string, Maker> = {
  /** The MP4 proxy and, from the same encode, its HLS stream, published segment by segment while it encodes. */
  async proxy(input, workDir, store, options, context, job) {
    // A stream an earlier try left half-published is gone (its folder was cleared): say so.
    await renditionJobsRepository.recordPartialOutput(context.dataSource, job, null);
    const stream = join(workDir, 'hls');
    const publisher = hlsPublisher(job, context, { stream, work: workDir });
    const made = await makeVideoProxy(input, join(workDir, 'proxy.mp4'), {
      ...options,
      height: context.config.PROXY_HEIGHT,
      readRate: context.config.PROXY_READ_RATE || undefined,
      hls: { dir: stream, segmentSeconds: context.config.HLS_SEGMENT_SECONDS, onUpdate: publisher.onUpdate },
    });
    return {
      key: await store(made.file),
      hls: publisher.stream(),
      width: made.width,
      height: made.height,
      durationSeconds: made.durationSeconds ?? undefined,
      details: {
        startTimecode: made.startTimecode,
        hasAudio: made.hasAudio,
        frameRate: made.variableFrameRate ? 'variable' : made.frameRate && formatRational(made.frameRate),
        variableFrameRate: made.variableFrameRate,
        frameCount: made.frameCount,
      },
    };
  },
  async poster(input, workDir, store, options) {
    const made = await makePoster(input, join(workDir, 'poster.jpg'), options);
    return {
      key: await store(made.file),
      width: made.width,
      height: made.height,
      details: { seconds: made.seconds, frame: made.frame },
    };
  },
  async thumbnails(input, workDir, store, options) {
    const made = await makeSceneThumbnails(input, workDir, options);
    if (made.length === 0) throw new MediaError('no frame could be decoded for thumbnails');
    const items = [];
    for (const thumbnail of made)
      items.push({ key: await store(thumbnail.file), seconds: thumbnail.seconds, frame: thumbnail.frame ?? undefined });
    return { key: items[0].key, items, details: { count: items.length } };
  },
  async filmstrip(input, workDir, store, options) {
    const made = await makeFilmstrip(input, join(workDir, 'filmstrip.jpg'), options);
    return {
      key: await store(made.file),
      width: made.index.columns * made.index.tileWidth,
      height: made.index.rows * made.index.tileHeight,
      details: { ...made.index },
    };
  },
  async waveform(input, workDir, store, options) {
    const made = await makeWaveform(input, join(workDir, 'waveform.json'), options);
    return {
      key: await store(made.file),
      durationSeconds: made.durationSeconds ?? undefined,
      details: { bucketsPerSecond: made.bucketsPerSecond, sampleRate: made.sampleRate },
    };
  },
  async audio_proxy(input, workDir, store, options) {
    const made = await makeAudioProxy(input, join(workDir, 'audio.m4a'), options);
    return {
      key: await store(made.file),
      durationSeconds: made.durationSeconds ?? undefined,
      details: { channels: made.channels, sampleRate: made.sampleRate },
    };
  },
  async preview(input, workDir, store, options, context, job) {
    if (options.mediaKind === 'document') return documentPreview(input, workDir, store, options, context, job);
    const made = await makeImagePreviews(input, workDir, {
      ...options,
      widths: [320, 1280],
      limitInputPixels: context.config.IMAGE_PIXEL_LIMIT,
    });
    const items = [];
    for (const preview of made)
      items.push({ key: await store(preview.file), width: preview.width, height: preview.height });
    const largest = items[items.length - 1];
    return { key: largest.key, width: largest.width, height: largest.height, items };
  },
};

/** A document's first page as the preview, with thumbnails of its first pages as items (PDF, through pdftoppm). */
const documentPreview: Maker = async (input, workDir, store, options, context) => {
  const made = await makeDocumentPreview(input, workDir, {
    signal: options.signal,
    onProgress: options.onProgress,
    memoryBytes: options.memoryBytes,
    timeoutMs: context.config.DOCUMENT_TIMEOUT_SECONDS * 1000,
    maxPages: context.config.DOCUMENT_PAGE_LIMIT,
    tools: { pdftoppm: context.config.PDFTOPPM_PATH, pdfinfo: context.config.PDFINFO_PATH },
  });
  const key = await store(made.preview.file);
  const items = [];
  for (const page of made.pages)
    items.push({ key: await store(page.file), page: page.page, width: page.width, height: page.height });
  return {
    key,
    width: made.preview.width,
    height: made.preview.height,
    items,
    details: { pageCount: made.pageCount, pagesShown: items.length },
  };
};

/** The rendition kinds a maker exists for. */
export const renditionKinds = (): string[] => Object.keys(makers);

/** Makes one rendition of a version's master; a retry replaces the previous attempt's files. */
export async function makeRendition(job: RenditionJobRow, context: JobContext): Promise<RenditionOutput> {
  const maker = makers[job.kind];
  if (!maker) throw new MediaError(`unknown rendition kind ${job.kind}`);
  const upload = await uploadsRepository.findByVersion(context.dataSource, job.version_id);
  if (!upload) throw new MediaError(`no upload recorded for version ${job.version_id}`);
  const row = await technicalMetadataRepository.find(context.dataSource, job.version_id);
  const metadata = row?.metadata?.details?.streams ? (row.metadata.details as TechnicalMetadata) : undefined;
  const workDir = join(context.config.UPLOAD_DIR, '.work', job.id);
  const prefix = storageKeys.renditionDir(job.asset_id, job.version_id, job.kind);
  await rm(workDir, { recursive: true, force: true });
  await mkdir(workDir, { recursive: true });
  await context.storage.deletePrefix(prefix);
  const store = async (file: string) => {
    const key = storageKeys.rendition(job.asset_id, job.version_id, job.kind, basename(file));
    await context.storage.importFile(key, file);
    return key;
  };
  const master = await openMaster(upload, context, join(workDir, 'master-input'));
  try {
    return await maker(
      master.path,
      workDir,
      store,
      {
        onProgress: context.onProgress,
        signal: context.signal,
        timeoutMs: context.config.FFMPEG_TIMEOUT_SECONDS * 1000,
        memoryBytes: context.config.FFMPEG_MEMORY_MB * 1024 * 1024,
        metadata,
        mediaKind: row?.media_kind,
      },
      context,
      job,
    );
  } finally {
    await master.release();
    await rm(workDir, { recursive: true, force: true });
  }
}
