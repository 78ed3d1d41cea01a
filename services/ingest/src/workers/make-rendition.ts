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
  makeVideoRenditions,
  makeWaveform,
  MediaError,
  type Filmstrip,
  type Poster,
  type Thumbnail,
  type Waveform,
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

type Store = (file: string) => Promise<string>;

/** What each rendition kind records of what was made: the same whether it was made alone or with the proxy. */
const outputs = {
  poster: async (made: Poster, store: Store): Promise<RenditionOutput> => ({
    key: await store(made.file),
    width: made.width,
    height: made.height,
    details: { seconds: made.seconds, frame: made.frame },
  }),
  thumbnails: async (made: Thumbnail[], store: Store): Promise<RenditionOutput> => {
    if (made.length === 0) throw new MediaError('no frame could be decoded for thumbnails');
    const items = [];
    for (const thumbnail of made)
      items.push({ key: await store(thumbnail.file), seconds: thumbnail.seconds, frame: thumbnail.frame ?? undefined });
    return { key: items[0].key, items, details: { count: items.length } };
  },
  filmstrip: async (made: Filmstrip, store: Store): Promise<RenditionOutput> => ({
    key: await store(made.file),
    width: made.index.columns * made.index.tileWidth,
    height: made.index.rows * made.index.tileHeight,
    details: { ...made.index },
  }),
  waveform: async (made: Waveform, store: Store): Promise<RenditionOutput> => ({
    key: await store(made.file),
    durationSeconds: made.durationSeconds ?? undefined,
    details: { bucketsPerSecond: made.bucketsPerSecond, sampleRate: made.sampleRate },
  }),
};

/** The renditions of a video that its proxy job makes from the proxy's own decode when their jobs are still queued. */
export const SHARED_DECODE_KINDS = ['poster', 'thumbnails', 'filmstrip', 'waveform'] as const;
type SharedKind = (typeof SHARED_DECODE_KINDS)[number];
const isShared = (kind: string): kind is SharedKind => (SHARED_DECODE_KINDS as readonly string[]).includes(kind);

/** Where a job's files go: under its own kind's folder, cleared first (a retry overwrites). */
async function storageFor(job: Pick<RenditionJobRow, 'asset_id' | 'version_id'>, kind: string, context: JobContext) {
  await context.storage.deletePrefix(storageKeys.renditionDir(job.asset_id, job.version_id, kind));
  return async (file: string) => {
    const key = storageKeys.rendition(job.asset_id, job.version_id, kind, basename(file));
    await context.storage.importFile(key, file);
    return key;
  };
}

/**
 * Takes the version's still-queued poster, thumbnails, filmstrip and waveform jobs into the proxy's
 * run (a video's only): each is claimed for this worker, so no other worker makes it meanwhile.
 */
async function adoptSharedJobs(job: RenditionJobRow, context: JobContext, mediaKind?: string) {
  if (!context.adopt || mediaKind !== 'video' || !context.config.VIDEO_ONE_DECODE) return [];
  const queued = (await renditionJobsRepository.forVersion(context.dataSource, job.version_id)).filter(
    (sibling) => isShared(sibling.kind) && sibling.status === 'queued',
  );
  return queued.length ? context.adopt(queued.map((sibling) => sibling.id)) : [];
}

/** One maker per rendition kind: make the files in a scratch folder, then store them under deterministic keys. */
const makers: Record<string, Maker> = {
  /**
   * The MP4 proxy and, from the same encode, its HLS stream, published segment by segment while it
   * encodes; from the same decode, the poster, thumbnails, filmstrip and waveform of the jobs it
   * took along, each finished as its own job (its own output, or its own reason).
   */
  async proxy(input, workDir, store, options, context, job) {
    // A stream an earlier try left half-published is gone (its folder was cleared): say so.
    await renditionJobsRepository.recordPartialOutput(context.dataSource, job, null);
    const adopted = await adoptSharedJobs(job, context, options.mediaKind);
    const along = new Map(adopted.map((entry) => [entry.job.kind as SharedKind, entry]));
    const stores = new Map<SharedKind, Store>();
    for (const [kind, entry] of along) stores.set(kind, await storageFor(entry.job as RenditionJobRow, kind, context));
    const stream = join(workDir, 'hls');
    const publisher = hlsPublisher(job, context, { stream, work: workDir });
    const onProgress = (fraction: number) => {
      options.onProgress?.(fraction);
      for (const entry of adopted) entry.progress(fraction);
    };
    const made = await makeVideoRenditions(input, join(workDir, 'proxy.mp4'), {
      ...options,
      onProgress,
      height: context.config.PROXY_HEIGHT,
      readRate: context.config.PROXY_READ_RATE || undefined,
      hls: { dir: stream, segmentSeconds: context.config.HLS_SEGMENT_SECONDS, onUpdate: publisher.onUpdate },
      poster: along.has('poster') ? { output: join(workDir, 'poster', 'poster.jpg') } : undefined,
      thumbnails: along.has('thumbnails') ? { dir: join(workDir, 'thumbnails') } : undefined,
      filmstrip: along.has('filmstrip') ? { output: join(workDir, 'filmstrip', 'filmstrip.jpg') } : undefined,
      waveform: along.has('waveform') ? { output: join(workDir, 'waveform', 'waveform.json') } : undefined,
    });
    const proxy = made.proxy;
    const output: RenditionOutput = {
      key: await store(proxy.file),
      hls: publisher.stream(),
      width: proxy.width,
      height: proxy.height,
      durationSeconds: proxy.durationSeconds ?? undefined,
      details: {
        startTimecode: proxy.startTimecode,
        hasAudio: proxy.hasAudio,
        frameRate: proxy.variableFrameRate ? 'variable' : proxy.frameRate && formatRational(proxy.frameRate),
        variableFrameRate: proxy.variableFrameRate,
        frameCount: proxy.frameCount,
      },
    };
    for (const [kind, entry] of along) {
      try {
        const result = made[kind];
        if (!result) throw new MediaError(`the proxy's run made no ${kind}`);
        if (result.error) throw result.error;
        const record = outputs[kind] as (made: unknown, store: Store) => Promise<RenditionOutput>;
        await entry.ready(await record(result.made, stores.get(kind)!));
      } catch (error) {
        await entry.fail(error);
      }
    }
    return output;
  },
  async poster(input, workDir, store, options) {
    return outputs.poster(await makePoster(input, join(workDir, 'poster.jpg'), options), store);
  },
  async thumbnails(input, workDir, store, options) {
    return outputs.thumbnails(await makeSceneThumbnails(input, workDir, options), store);
  },
  async filmstrip(input, workDir, store, options) {
    return outputs.filmstrip(await makeFilmstrip(input, join(workDir, 'filmstrip.jpg'), options), store);
  },
  async waveform(input, workDir, store, options) {
    return outputs.waveform(await makeWaveform(input, join(workDir, 'waveform.json'), options), store);
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
    niceness: options.niceness,
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
  await rm(workDir, { recursive: true, force: true });
  await mkdir(workDir, { recursive: true });
  const store = await storageFor(job, job.kind, context);
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
        niceness: context.config.RENDITION_NICENESS,
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
