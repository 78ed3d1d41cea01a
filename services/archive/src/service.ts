import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  ASSET_ACCESS_CHANNEL,
  ASSET_ACCESS_MIGRATIONS,
  assetAccessConsumer,
  createCollectionMembers,
  type AssetAccessChange,
} from '@mam/asset-access';
import { createNotificationHub } from '@mam/db';
import type { EventBus } from '@mam/events';
import { createJobWorker, type JobWorker } from '@mam/jobs';
import type { Logger } from '@mam/logger';
import { createServiceRuntime, loadSchema, type Part } from '@mam/runtime';
import { createFilesystemStorage } from '@mam/storage';
import { createMasterReader, VERSION_MIGRATIONS, versionProjectionConsumers } from '@mam/versions';
import type { ArchiveConfig } from './config';
import type { ArchiveContext } from './context';
import type { ArchiveDeps } from './domain/archive-deps';
import { ARCHIVE_JOBS_CHANNEL, type ArchiveJobUpdate } from './domain/job-updates';
import { registerAsset } from './domain/register-asset';
import { registerVersion } from './domain/register-version';
import { createFixitySchedule } from './fixity/fixity-schedule';
import { createPolicySchedule } from './policies/policy-schedule';
import { ARCHIVE_JOB_KINDS, ARCHIVE_WORKERS_GROUP, archiveQueue } from './jobs/archive-queue';
import { archiveJobRegistry } from './jobs/archive-registry';
import { openArchiveLocations } from './locations/open-locations';
import { CreateArchive1764400000500 } from './migrations/1764400000500-create-archive';
import { CreateArchiveVersions1764400000510 } from './migrations/1764400000510-create-archive-versions';
import { CreateArchivePackages1764400000520 } from './migrations/1764400000520-create-archive-packages';
import { CreateArchivePolicies1764400000530 } from './migrations/1764400000530-create-archive-policies';
import { CreateArchiveSidecarFacts1764400000540 } from './migrations/1764400000540-create-archive-sidecar-facts';
import { AddPolicyLocations1764400000550 } from './migrations/1764400000550-add-policy-locations';
import { assetFactsConsumer, reviewDecisionsConsumer } from './events/asset-facts.consumer';
import { deliveriesConsumer } from './events/deliveries.consumer';
import { reviewCommentsConsumer } from './events/review-comments.consumer';
import { resolvers } from './resolvers';

/** The archive service: archive packages on archive locations, fixity, restores, legal holds. */
export function createArchiveService(config: ArchiveConfig, deps: { bus: EventBus; logger: Logger }) {
  const onlineDir = resolve(config.ONLINE_STORAGE_DIR);
  const incomingDir = join(onlineDir, '.archive-incoming');
  mkdirSync(incomingDir, { recursive: true });
  const locations = openArchiveLocations(config);
  const jobUpdates = createNotificationHub<ArchiveJobUpdate>({
    databaseUrl: config.DATABASE_URL,
    channel: ARCHIVE_JOBS_CHANNEL,
    onError: (error) => deps.logger.error({ err: error }, 'job update listener failed'),
  });
  const accessChanges = createNotificationHub<AssetAccessChange>({
    databaseUrl: config.DATABASE_URL,
    channel: ASSET_ACCESS_CHANNEL,
    onError: (error) => deps.logger.error({ err: error }, 'access change listener failed'),
  });
  const runtime = createServiceRuntime<ArchiveContext>({
    name: 'archive',
    databaseUrl: config.DATABASE_URL,
    databasePoolSize: config.DATABASE_POOL_SIZE,
    entities: [],
    migrations: [
      ...ASSET_ACCESS_MIGRATIONS,
      ...VERSION_MIGRATIONS,
      CreateArchive1764400000500,
      CreateArchiveVersions1764400000510,
      CreateArchivePackages1764400000520,
      CreateArchivePolicies1764400000530,
      CreateArchiveSidecarFacts1764400000540,
      AddPolicyLocations1764400000550,
    ],
    bus: deps.bus,
    logger: deps.logger,
    gatewaySecret: config.GATEWAY_SIGNING_SECRET,
    host: config.HOST,
    port: config.PORT,
    typeDefs: loadSchema(join(__dirname, 'schema.graphql')),
    resolvers,
    context: (identity, dataSource) => ({ identity, dataSource, deps: archiveDeps, jobUpdates, accessChanges }),
    parts: (): Part[] => [jobUpdates, accessChanges, ...(config.ARCHIVE_WORKER ? [worker, fixity, policies] : [])],
    consumers: (dataSource) => [
      assetAccessConsumer({ service: 'archive', dataSource, bus: deps.bus, logger: deps.logger, apply: registerAsset }),
      ...versionProjectionConsumers({
        service: 'archive',
        dataSource,
        bus: deps.bus,
        logger: deps.logger,
        onVersion: registerVersion,
      }),
      assetFactsConsumer({ dataSource, bus: deps.bus, logger: deps.logger }),
      reviewDecisionsConsumer({ dataSource, bus: deps.bus, logger: deps.logger }),
      reviewCommentsConsumer({ dataSource, bus: deps.bus, logger: deps.logger }),
      deliveriesConsumer({ dataSource, bus: deps.bus, logger: deps.logger }),
      ...(config.ARCHIVE_WORKER ? worker.subscriptions : []),
    ],
  });
  const archiveDeps: ArchiveDeps = {
    dataSource: runtime.dataSource,
    online: createFilesystemStorage(onlineDir),
    masters: createMasterReader({
      ingestUrl: config.INGEST_URL,
      gatewaySecret: config.GATEWAY_SIGNING_SECRET,
      service: 'archive',
    }),
    incomingDir,
    collectionMembers: createCollectionMembers({
      assetsUrl: config.ASSETS_URL,
      gatewaySecret: config.GATEWAY_SIGNING_SECRET,
    }),
    locations,
    copies: config.ARCHIVE_COPIES,
    logger: deps.logger,
  };
  const worker: JobWorker = createJobWorker({
    group: ARCHIVE_WORKERS_GROUP,
    queue: archiveQueue,
    registry: archiveJobRegistry(archiveDeps),
    kinds: ARCHIVE_JOB_KINDS,
    dataSource: runtime.dataSource,
    bus: deps.bus,
    logger: deps.logger,
  });
  const fixity = createFixitySchedule(archiveDeps, {
    bytesPerHour: config.FIXITY_BYTES_PER_HOUR,
    intervalSeconds: config.FIXITY_INTERVAL_SECONDS,
  });
  const policies = createPolicySchedule(
    archiveDeps,
    (identity) => ({ identity, dataSource: runtime.dataSource, deps: archiveDeps, jobUpdates, accessChanges }),
    { intervalSeconds: config.ARCHIVE_POLICY_SCHEDULE_SECONDS },
  );

  const start = runtime.start.bind(runtime);
  const stop = runtime.stop.bind(runtime);
  return Object.assign(runtime, {
    worker,
    fixity,
    policies,
    locations,
    async start(): Promise<string> {
      const url = await start();
      if (config.ARCHIVE_WORKER) await worker.resume();
      return url;
    },
    async stop() {
      worker.abortAll();
      await stop();
    },
  });
}
