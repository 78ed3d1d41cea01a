import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  ASSET_ACCESS_CHANNEL,
  ASSET_ACCESS_MIGRATIONS,
  assetAccessConsumer,
  type AssetAccessChange,
} from '@mam/asset-access';
import { createNotificationHub } from '@mam/db';
import type { EventBus } from '@mam/events';
import { createJobWorker, type JobWorker } from '@mam/jobs';
import type { Logger } from '@mam/logger';
import { createServiceRuntime, loadSchema, type Part } from '@mam/runtime';
import { createFilesystemStorage } from '@mam/storage';
import type { IngestConfig } from './config';
import type { IngestContext } from './context';
import { INGEST_PROGRESS_CHANNEL, type IngestProgressUpdate } from './domain/progress';
import { registerAsset } from './domain/register-asset';
import { CreateIngest1764400000200 } from './migrations/1764400000200-create-ingest';
import { CreateUploadsAndJobs1764400000210 } from './migrations/1764400000210-create-uploads-and-jobs';
import { resolvers } from './resolvers';
import { registerDriveRoute } from './uploads/drive-route';
import { registerMediaRoute } from './uploads/media-route';
import { CreatePeopleAndLogos1764400000310 } from './migrations/1764400000310-create-people-and-logos';
import { CreateUploadLocks1764400000220 } from './migrations/1764400000220-create-upload-locks';
import { UploadClientKeys1764400000240 } from './migrations/1764400000240-upload-client-keys';
import { AllowSkippedRenditions1764400000270 } from './migrations/1764400000270-allow-skipped-renditions';
import { RenditionJobsOnJobsPackage1764400000280 } from './migrations/1764400000280-rendition-jobs-on-jobs-package';
import { CreateStorageSources1764400000290 } from './migrations/1764400000290-create-storage-sources';
import { createPostgresLocker, UPLOAD_LOCK_RELEASE_CHANNEL } from './uploads/postgres-locker';
import { createTusRoutes } from './uploads/tus-routes';
import { createWatchFolder } from './uploads/watch-folder';
import { createSourceScanner } from './uploads/source-scanner';
import { INGEST_WORKERS_GROUP, PARALLEL_RENDITION_KINDS, renditionQueue } from './jobs/rendition-queue';
import { INGEST_JOB_KINDS, renditionJobRegistry } from './jobs/rendition-registry';
import { CreateEnrichment1764400000300 } from './migrations/1764400000300-create-enrichment';
import { ENRICHMENT_WORKERS_GROUP, enrichmentQueue } from './jobs/enrichment-queue';
import { enrichmentJobRegistry } from './jobs/enrichment-registry';
import { createEnrichmentEngines } from './jobs/enrichment-engines';
import { ENRICHMENT_KINDS } from './domain/enrichment/plan-enrichment';

/** The ingest service: uploads, masters, technical metadata and renditions. */
export function createIngestService(config: IngestConfig, deps: { bus: EventBus; logger: Logger }) {
  const settings = { ...config, STORAGE_DIR: resolve(config.STORAGE_DIR), UPLOAD_DIR: resolve(config.UPLOAD_DIR) };
  mkdirSync(settings.STORAGE_DIR, { recursive: true });
  mkdirSync(settings.UPLOAD_DIR, { recursive: true });
  const storage = createFilesystemStorage(settings.STORAGE_DIR);
  const progress = createNotificationHub<IngestProgressUpdate>({
    databaseUrl: config.DATABASE_URL,
    channel: INGEST_PROGRESS_CHANNEL,
    onError: (error) => deps.logger.error({ err: error }, 'progress listener failed'),
  });
  const accessChanges = createNotificationHub<AssetAccessChange>({
    databaseUrl: config.DATABASE_URL,
    channel: ASSET_ACCESS_CHANNEL,
    onError: (error) => deps.logger.error({ err: error }, 'access change listener failed'),
  });
  const lockReleases = createNotificationHub<{ uploadId: string }>({
    databaseUrl: config.DATABASE_URL,
    channel: UPLOAD_LOCK_RELEASE_CHANNEL,
    onError: (error) => deps.logger.error({ err: error }, 'upload lock listener failed'),
  });
  const runtime = createServiceRuntime<IngestContext>({
    name: 'ingest',
    databaseUrl: config.DATABASE_URL,
    databasePoolSize: config.DATABASE_POOL_SIZE,
    entities: [],
    migrations: [
      ...ASSET_ACCESS_MIGRATIONS,
      CreateIngest1764400000200,
      CreateUploadsAndJobs1764400000210,
      CreateUploadLocks1764400000220,
      UploadClientKeys1764400000240,
      AllowSkippedRenditions1764400000270,
      RenditionJobsOnJobsPackage1764400000280,
      CreateStorageSources1764400000290,
      CreateEnrichment1764400000300,
      CreatePeopleAndLogos1764400000310,
    ],
    bus: deps.bus,
    logger: deps.logger,
    gatewaySecret: config.GATEWAY_SIGNING_SECRET,
    host: config.HOST,
    port: config.PORT,
    typeDefs: loadSchema(join(__dirname, 'schema.graphql')),
    resolvers,
    context: (identity, dataSource) => ({ identity, dataSource, storage, config: settings, progress, accessChanges }),
    routes: (app) => {
      tusUploads.register(app);
      registerMediaRoute(app, { storage, secret: config.MEDIA_SIGNING_SECRET });
      registerDriveRoute(app, {
        dataSource: runtime.dataSource,
        storage,
        gatewaySecret: config.GATEWAY_SIGNING_SECRET,
        config: settings,
      });
    },
    parts: (dataSource) => {
      const parts: Part[] = [progress, accessChanges, lockReleases, createExpiredUploadCleaner()];
      // Checks that every job kind in use has a handler (else the service refuses to start), then sweeps.
      if (config.RENDITION_WORKER) parts.push(worker);
      if (config.ENRICHMENT_WORKER) parts.push(enrichmentWorker);
      if (config.WATCH_DIR) parts.push(createWatchFolder({ dataSource, config: settings, logger: deps.logger }));
      if (config.SOURCE_SCANNER) parts.push(createSourceScanner({ dataSource, config: settings, logger: deps.logger }));
      return parts;
    },
    consumers: (dataSource) => [
      assetAccessConsumer({ service: 'ingest', dataSource, bus: deps.bus, logger: deps.logger, apply: registerAsset }),
      ...(config.RENDITION_WORKER ? worker.subscriptions : []),
      ...(config.ENRICHMENT_WORKER ? enrichmentWorker.subscriptions : []),
    ],
  });
  const worker: JobWorker = createJobWorker({
    group: INGEST_WORKERS_GROUP,
    queue: renditionQueue,
    registry: renditionJobRegistry({ dataSource: runtime.dataSource, storage, config: settings, logger: deps.logger }),
    kinds: INGEST_JOB_KINDS,
    attempts: config.RENDITION_ATTEMPTS,
    // Previews are a core's work for a fraction of a second each: a card of photos runs on every core.
    parallel: { kinds: PARALLEL_RENDITION_KINDS, limit: config.PREVIEW_JOBS_PARALLEL },
    dataSource: runtime.dataSource,
    bus: deps.bus,
    logger: deps.logger,
  });
  // Enrichment has its own queue and consumer group: engines never hold up renditions, and more
  // enrichment instances (ENRICHMENT_WORKER=true, RENDITION_WORKER=false) add throughput.
  const enrichmentWorker: JobWorker = createJobWorker({
    group: ENRICHMENT_WORKERS_GROUP,
    queue: enrichmentQueue,
    registry: enrichmentJobRegistry({
      dataSource: runtime.dataSource,
      storage,
      config: settings,
      logger: deps.logger,
      engines: createEnrichmentEngines(settings),
    }),
    kinds: [...ENRICHMENT_KINDS],
    attempts: config.ENRICHMENT_ATTEMPTS,
    dataSource: runtime.dataSource,
    bus: deps.bus,
    logger: deps.logger,
  });
  const tusUploads = createTusRoutes({
    dataSource: runtime.dataSource,
    uploadDir: settings.UPLOAD_DIR,
    maxUploadBytes: config.MAX_UPLOAD_BYTES,
    expiryHours: config.UPLOAD_EXPIRY_HOURS,
    gatewaySecret: config.GATEWAY_SIGNING_SECRET,
    publicBaseUrl: config.PUBLIC_BASE_URL,
    logger: deps.logger,
    locker: createPostgresLocker({ dataSource: runtime.dataSource, releases: lockReleases }),
  });

  function createExpiredUploadCleaner(): Part {
    let timer: NodeJS.Timeout | undefined;
    return {
      async start() {
        timer = setInterval(
          () =>
            void tusUploads
              .cleanUpExpired()
              .catch((error) => deps.logger.warn({ err: error }, 'expired upload cleanup failed')),
          3_600_000,
        );
      },
      async stop() {
        if (timer) clearInterval(timer);
      },
    };
  }

  const start = runtime.start.bind(runtime);
  const stop = runtime.stop.bind(runtime);
  return Object.assign(runtime, {
    storage,
    worker,
    enrichmentWorker,
    cleanUpExpiredUploads: () => tusUploads.cleanUpExpired(),
    async start(): Promise<string> {
      const url = await start();
      // Once the workers listen: work left unfinished by a crash is taken up now, not at the next sweep.
      if (config.RENDITION_WORKER) await worker.resume();
      if (config.ENRICHMENT_WORKER) await enrichmentWorker.resume();
      return url;
    },
    async stop() {
      worker.abortAll();
      enrichmentWorker.abortAll();
      await stop();
    },
  });
}
