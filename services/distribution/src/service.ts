import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ASSET_ACCESS_MIGRATIONS, assetAccessConsumer } from '@mam/asset-access';
import { createNotificationHub } from '@mam/db';
import type { EventBus } from '@mam/events';
import { createJobWorker, jobsMigration, type JobWorker } from '@mam/jobs';
import type { Logger } from '@mam/logger';
import { createServiceRuntime, loadSchema, type Part } from '@mam/runtime';
import { createFilesystemStorage } from '@mam/storage';
import { createMasterReader, VERSION_MIGRATIONS, versionProjectionConsumers } from '@mam/versions';
import type { DistributionConfig } from './config';
import type { DistributionContext } from './context';
import { downloadLinks } from './destinations/download-links';
import { registerDownloadRoute } from './destinations/download-route';
import { downloadSweeper } from './destinations/download-sweeper';
import { registerAsset } from './domain/register-asset';
import { registerVersion } from './domain/register-version';
import { assetsConsumer } from './events/assets-consumer';
import { reviewConsumer } from './events/review-consumer';
import { deliveryQueue, DISTRIBUTION_WORKERS_GROUP } from './jobs/delivery-queue';
import { deliveryJobRegistry, DISTRIBUTION_JOB_KINDS } from './jobs/delivery-registry';
import { CreateDistribution1764400000400 } from './migrations/1764400000400-create-distribution';
import { CreateVersionDistributions1764400000410 } from './migrations/1764400000410-create-version-distributions';
import { CreateDeliveries1764400000420 } from './migrations/1764400000420-create-deliveries';
import { RightsTriggersWebhooks1764400000460 } from './migrations/1764400000460-rights-triggers-webhooks';
import { DELIVERY_UPDATES_CHANNEL, type DeliveryNotice } from './repositories/delivery-notices.repository';
import { resolvers } from './resolvers';

const DeliveryJobs1764400000430 = jobsMigration(deliveryQueue.table, 1764400000430);

/** The distribution service: delivery profiles, destinations, rules, and deliveries made on approval or by hand. */
export function createDistributionService(config: DistributionConfig, deps: { bus: EventBus; logger: Logger }) {
  const settings: DistributionConfig = {
    ...config,
    STORAGE_DIR: resolve(config.STORAGE_DIR),
    WORK_DIR: resolve(config.WORK_DIR),
    FOLDER_DESTINATION_ROOT: resolve(config.FOLDER_DESTINATION_ROOT),
    DOWNLOAD_DIR: resolve(config.DOWNLOAD_DIR),
  };
  mkdirSync(settings.WORK_DIR, { recursive: true });
  mkdirSync(settings.DOWNLOAD_DIR, { recursive: true });
  // Download URLs are built on PUBLIC_BASE_URL, else on the address the service listens at once started.
  let ownUrl = `http://${config.HOST}:${config.PORT}`;
  const links = config.DOWNLOAD_SIGNING_SECRET
    ? downloadLinks({
        base: () => config.PUBLIC_BASE_URL || ownUrl,
        secret: config.DOWNLOAD_SIGNING_SECRET,
        ttlSeconds: config.DOWNLOAD_URL_TTL_SECONDS,
      })
    : undefined;
  mkdirSync(settings.FOLDER_DESTINATION_ROOT, { recursive: true });
  const storage = createFilesystemStorage(settings.STORAGE_DIR);
  const deliveryUpdates = createNotificationHub<DeliveryNotice>({
    databaseUrl: config.DATABASE_URL,
    channel: DELIVERY_UPDATES_CHANNEL,
    onError: (error) => deps.logger.error({ err: error }, 'delivery update listener failed'),
  });
  const runtime = createServiceRuntime<DistributionContext>({
    name: 'distribution',
    databaseUrl: config.DATABASE_URL,
    databasePoolSize: config.DATABASE_POOL_SIZE,
    entities: [],
    migrations: [
      ...ASSET_ACCESS_MIGRATIONS,
      ...VERSION_MIGRATIONS,
      CreateDistribution1764400000400,
      CreateVersionDistributions1764400000410,
      CreateDeliveries1764400000420,
      DeliveryJobs1764400000430,
      RightsTriggersWebhooks1764400000460,
    ],
    bus: deps.bus,
    logger: deps.logger,
    gatewaySecret: config.GATEWAY_SIGNING_SECRET,
    host: config.HOST,
    port: config.PORT,
    typeDefs: loadSchema(join(__dirname, 'schema.graphql')),
    resolvers,
    routes: (app) => {
      if (links) registerDownloadRoute(app, { dir: settings.DOWNLOAD_DIR, links });
    },
    context: (identity, dataSource) => ({
      identity,
      dataSource,
      queue: deliveryQueue,
      config: settings,
      deliveryUpdates,
    }),
    // Checks that every job kind in use has a handler (else the service refuses to start), then sweeps.
    parts: (): Part[] => [
      deliveryUpdates,
      downloadSweeper({ dir: settings.DOWNLOAD_DIR, ttlSeconds: config.DOWNLOAD_URL_TTL_SECONDS, logger: deps.logger }),
      ...(config.DELIVERY_WORKER ? [worker] : []),
    ],
    consumers: (dataSource) => [
      assetAccessConsumer({
        service: 'distribution',
        dataSource,
        bus: deps.bus,
        logger: deps.logger,
        apply: registerAsset,
      }),
      ...versionProjectionConsumers({
        service: 'distribution',
        dataSource,
        bus: deps.bus,
        logger: deps.logger,
        onVersion: registerVersion,
      }),
      reviewConsumer({ dataSource, bus: deps.bus, logger: deps.logger, queue: deliveryQueue }),
      assetsConsumer({ dataSource, bus: deps.bus, logger: deps.logger, queue: deliveryQueue }),
      ...(config.DELIVERY_WORKER ? worker.subscriptions : []),
    ],
  });
  const worker: JobWorker = createJobWorker({
    group: DISTRIBUTION_WORKERS_GROUP,
    queue: deliveryQueue,
    registry: deliveryJobRegistry({
      dataSource: runtime.dataSource,
      storage,
      config: settings,
      logger: deps.logger,
      masters: createMasterReader({
        ingestUrl: config.INGEST_URL,
        gatewaySecret: config.GATEWAY_SIGNING_SECRET,
        service: 'distribution',
      }),
      links,
    }),
    kinds: DISTRIBUTION_JOB_KINDS,
    attempts: config.DELIVERY_ATTEMPTS,
    dataSource: runtime.dataSource,
    bus: deps.bus,
    logger: deps.logger,
  });

  const start = runtime.start.bind(runtime);
  const stop = runtime.stop.bind(runtime);
  return Object.assign(runtime, {
    worker,
    async start(): Promise<string> {
      const url = await start();
      ownUrl = new URL(url).origin;
      // Once the workers listen: work left unfinished by a crash is taken up now, not at the next sweep.
      if (config.DELIVERY_WORKER) await worker.resume();
      return url;
    },
    async stop() {
      worker.abortAll();
      await stop();
    },
  });
}
