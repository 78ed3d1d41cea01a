import { availableParallelism } from 'node:os';
import { serviceConfigShape, vars, z } from '@mam/config';

const GiB = 1024 ** 3;

/** Environment of the ingest service, validated at start. */
export const ingestConfigShape = serviceConfigShape('ingest').extend({
  /** Masters and renditions live here (a shared volume when several instances run). */
  STORAGE_DIR: z.string().min(1).default('.data/storage'),
  /** Partial tus uploads live here until complete; same volume as STORAGE_DIR so completion is a rename. */
  UPLOAD_DIR: z.string().min(1).default('.data/uploads'),
  /** Signs short-lived rendition URLs. */
  MEDIA_SIGNING_SECRET: vars.secret(),
  /** Absolute base for media URLs handed to clients (the gateway's public URL); empty gives paths. */
  PUBLIC_BASE_URL: z.union([z.literal(''), z.url()]).default(''),
  /** Assets, which reads a collection (runs a saved search) when enrichment is re-run for it. */
  ASSETS_URL: vars.serviceUrl('assets'),
  MAX_UPLOAD_BYTES: z.coerce
    .number()
    .int()
    .positive()
    .default(200 * GiB),
  UPLOAD_EXPIRY_HOURS: z.coerce.number().positive().default(24),
  MEDIA_URL_TTL_SECONDS: z.coerce.number().int().positive().default(900),
  PROXY_HEIGHT: z.coerce.number().int().min(144).max(2160).default(720),
  /** Length of the HLS proxy's segments: the stream is playable once the first is written. */
  HLS_SEGMENT_SECONDS: z.coerce.number().int().min(1).max(10).default(2),
  /**
   * Reads the master for the video proxy at this multiple of real time (ffmpeg -readrate), a knob
   * for tests that need a transcode still running; 0 reads as fast as the encoder takes it.
   */
  PROXY_READ_RATE: z.coerce.number().min(0).default(0),
  /**
   * Whether a video's proxy job makes its poster, thumbnails, filmstrip and waveform from its own
   * decode (one ffmpeg run); false runs each on its own (the benchmark's comparison).
   */
  VIDEO_ONE_DECODE: z
    .enum(['true', 'false'])
    .default('true')
    .transform((v) => v === 'true'),
  FFMPEG_TIMEOUT_SECONDS: z.coerce.number().int().positive().default(3600),
  FFMPEG_MEMORY_MB: z.coerce.number().int().positive().default(2048),
  /**
   * CPU priorities (nice, 0–19) of the tools a job runs: renditions a person waits to play come
   * before enrichment, and both yield to the services' own work (registration, search, the API).
   */
  RENDITION_NICENESS: z.coerce.number().int().min(0).max(19).default(5),
  ENRICHMENT_NICENESS: z.coerce.number().int().min(0).max(19).default(15),
  IMAGE_PIXEL_LIMIT: z.coerce.number().int().positive().default(268_402_689),
  /** poppler-utils' PDF tools (a name on PATH or a path); a document's preview is skipped when they are missing. */
  PDFTOPPM_PATH: z.string().min(1).default('pdftoppm'),
  PDFINFO_PATH: z.string().min(1).default('pdfinfo'),
  /** Pages of a document given a thumbnail, from the first. */
  DOCUMENT_PAGE_LIMIT: z.coerce.number().int().min(1).max(500).default(20),
  DOCUMENT_TIMEOUT_SECONDS: z.coerce.number().int().positive().default(120),
  RENDITION_ATTEMPTS: z.coerce.number().int().min(1).max(10).default(3),
  /** Image and document previews one instance makes side by side (beside one proxy at a time); default: its cores. */
  PREVIEW_JOBS_PARALLEL: z.coerce.number().int().min(1).max(64).default(availableParallelism()),
  /** Files dropped here are ingested once they stop growing; empty disables the watch folder. */
  WATCH_DIR: z.string().default(''),
  WATCH_WORKSPACE: z.string().default(''),
  WATCH_STABLE_SECONDS: z.coerce.number().positive().default(5),
  /** Encrypts storage sources' credentials (at least 32 characters); empty refuses sources that need credentials. */
  SOURCE_SECRET_KEY: z.union([z.literal(''), z.string().min(32, 'must be at least 32 characters')]).default(''),
  /** Local and NAS sources must be folders under this one; empty refuses local sources. */
  LOCAL_SOURCE_ROOT: z.string().default(''),
  /** Files recorded per page of a source's listing (each page is one write of progress). */
  SOURCE_SCAN_PAGE_SIZE: z.coerce.number().int().min(1).max(5000).default(500),
  /** How often an instance looks for a source to scan (asked for, due, or left unfinished). */
  SOURCE_POLL_MS: z.coerce.number().int().min(50).default(1000),
  /** Whether this instance scans storage sources. */
  SOURCE_SCANNER: z
    .enum(['true', 'false'])
    .default('true')
    .transform((v) => v === 'true'),
  /** Whether this instance takes rendition work from the job topic. */
  RENDITION_WORKER: z
    .enum(['true', 'false'])
    .default('true')
    .transform((v) => v === 'true'),
  /** Whether versions are enriched at all (speech, on-screen text, objects, faces, logos). */
  ENRICHMENT: z
    .enum(['true', 'false'])
    .default('true')
    .transform((v) => v === 'true'),
  /** Whether this instance takes enrichment work from its own job topic (enrichment can run on separate instances). */
  ENRICHMENT_WORKER: z
    .enum(['true', 'false'])
    .default('true')
    .transform((v) => v === 'true'),
  ENRICHMENT_ATTEMPTS: z.coerce.number().int().min(1).max(10).default(2),
  /** Whether faces are detected and grouped into people; a deployment may turn it off. */
  FACE_RECOGNITION: z
    .enum(['true', 'false'])
    .default('true')
    .transform((v) => v === 'true'),
  /** The speech and OCR engines' programs (a name on PATH or a path); a job whose engine is missing is skipped. */
  POCKETSPHINX_PATH: z.string().min(1).default('pocketsphinx_continuous'),
  TESSERACT_PATH: z.string().min(1).default('tesseract'),
  /** The vision engine's models (blazeface, facemesh, faceres, centernet); empty: the ones shipped in its npm package. */
  VISION_MODELS_DIR: z.string().default(''),
  /** Keyframes for the picture engines: one at each scene change and at least one every this many seconds. */
  KEYFRAME_INTERVAL_SECONDS: z.coerce.number().positive().default(5),
  /** How different a frame must be from the one before to count as a scene change (0..1). */
  KEYFRAME_SCENE_THRESHOLD: z.coerce.number().min(0).max(1).default(0.3),
});

export type IngestConfig = z.infer<typeof ingestConfigShape>;
