import { serviceConfigShape, vars, z } from '@mam/config';

/** Environment of the distribution service, validated at start. */
export const distributionConfigShape = serviceConfigShape('distribution').extend({
  /** Ingest, which serves the masters this service cannot read from the shared volume (those ingested in place at a storage source). */
  INGEST_URL: vars.serviceUrl('ingest'),
  /** Where ingest keeps masters (the same shared volume), read only here. */
  STORAGE_DIR: z.string().min(1).default('.data/storage'),
  /** Outputs are made here before they are written to their destinations. */
  WORK_DIR: z.string().min(1).default('.data/distribution'),
  /** Folder destinations are folders under this one (a local or mounted network folder). */
  FOLDER_DESTINATION_ROOT: z.string().min(1).default('.data/deliveries'),
  /** Encrypts destination credentials at rest (32+ characters); without it, destinations with credentials are refused. */
  DESTINATION_SECRET_KEY: z.union([z.literal(''), z.string().min(32, 'must be at least 32 characters')]).default(''),
  /** Outputs sent to webhook destinations wait here for their download, until their URLs expire. */
  DOWNLOAD_DIR: z.string().min(1).default('.data/distribution-downloads'),
  /** Signs the download URLs of webhook notices (32+ characters); without it, webhook destinations are refused. */
  DOWNLOAD_SIGNING_SECRET: z.union([z.literal(''), z.string().min(32, 'must be at least 32 characters')]).default(''),
  /** How long a webhook notice's download URLs work. */
  DOWNLOAD_URL_TTL_SECONDS: z.coerce.number().int().min(1).default(86_400),
  /** The address download URLs are built on (how endpoints reach this service's /downloads); empty: the service's own address. */
  PUBLIC_BASE_URL: z.union([z.literal(''), z.url()]).default(''),
  /** How long a webhook endpoint has to answer a notice. */
  WEBHOOK_TIMEOUT_MS: z.coerce.number().int().positive().default(10_000),
  FFMPEG_TIMEOUT_SECONDS: z.coerce.number().int().positive().default(7200),
  /** Address-space cap of the one-decode ffmpeg run (many encoders at once). */
  FFMPEG_MEMORY_MB: z.coerce.number().int().positive().default(8192),
  /** CPU priority (nice, 0–19) of a delivery's ffmpeg run: it yields to the service's own work and to playback proxies. */
  DELIVERY_NICENESS: z.coerce.number().int().min(0).max(19).default(10),
  DELIVERY_ATTEMPTS: z.coerce.number().int().min(1).max(10).default(2),
  /** Tries of one file to one destination before the output fails there. */
  TRANSFER_ATTEMPTS: z.coerce.number().int().min(1).max(10).default(4),
  /** First wait between transfer tries; doubled each time. */
  TRANSFER_BACKOFF_MS: z.coerce.number().int().min(0).default(1000),
  /** Whether this instance takes delivery work from the job topic. */
  DELIVERY_WORKER: z
    .enum(['true', 'false'])
    .default('true')
    .transform((v) => v === 'true'),
});
export type DistributionConfig = z.infer<typeof distributionConfigShape>;
