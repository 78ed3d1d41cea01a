import { join, resolve } from 'node:path';
import { ASSET_ACCESS_MIGRATIONS, assetAccessConsumer } from '@mam/asset-access';
import { createNotificationHub } from '@mam/db';
import { createJobWorker, type JobWorker } from '@mam/jobs';
import type { EventBus } from '@mam/events';
import type { Logger } from '@mam/logger';
import { createServiceRuntime, loadSchema } from '@mam/runtime';
import { createFilesystemStorage } from '@mam/storage';
import { VERSION_MIGRATIONS, versionProjectionConsumers } from '@mam/versions';
import type { ReviewConfig } from './config';
import type { ReviewContext } from './context';
import { REVIEW_LIVE_CHANNEL, type ReviewLiveUpdate } from './domain/live-updates';
import { openReview } from './domain/open-review';
import { openVersionReview } from './domain/open-version-review';
import { AssetReviewEntity } from './entities/asset-review.entity';
import { registerDownloadRoute } from './downloads/download-route';
import type { MediaUrlSettings } from './domain/media/media-urls';
import { assetRightsConsumer } from './events/asset-rights.consumer';
import { collectionsConsumer } from './events/collections.consumer';
import { renditionsConsumer } from './events/renditions.consumer';
import { CreateReview1764400000300 } from './migrations/1764400000300-create-review';
import { CreateVersionReviews1764400000310 } from './migrations/1764400000310-create-version-reviews';
import { CreateReviews1764400000320 } from './migrations/1764400000320-create-reviews';
import { CreateReviewNotifications1764400000330 } from './migrations/1764400000330-create-review-notifications';
import { CreateVersionRenditions1764400000340 } from './migrations/1764400000340-create-version-renditions';
import { CreateAssetRights1764400000350 } from './migrations/1764400000350-create-asset-rights';
import { reviewJobRegistry } from './jobs/review-job-registry';
import { REVIEW_JOB_KINDS, REVIEW_WORKERS_GROUP, reviewJobQueue } from './jobs/review-jobs';
import { resolvers } from './resolvers';

/**
 * The review service: reviews with named reviewers and approval policies, decisions per version,
 * frame-accurate comments with drawings, share links for guests, the append-only audit trail and
 * live activity of assets.
 */
export function createReviewService(config: ReviewConfig, deps: { bus: EventBus; logger: Logger }) {
  const live = createNotificationHub<ReviewLiveUpdate>({
    databaseUrl: config.DATABASE_URL,
    channel: REVIEW_LIVE_CHANNEL,
    onError: (error) => deps.logger.error({ err: error }, 'live update listener failed'),
  });
  const storage = config.STORAGE_DIR ? createFilesystemStorage(resolve(config.STORAGE_DIR)) : null;
  const media: MediaUrlSettings = {
    secret: config.MEDIA_SIGNING_SECRET,
    publicBaseUrl: config.PUBLIC_BASE_URL,
    memberTtlSeconds: config.MEDIA_URL_TTL_SECONDS,
    guestTtlSeconds: config.GUEST_MEDIA_URL_TTL_SECONDS,
  };
  const runtime = createServiceRuntime<ReviewContext>({
    name: 'review',
    databaseUrl: config.DATABASE_URL,
    databasePoolSize: config.DATABASE_POOL_SIZE,
    entities: [AssetReviewEntity],
    migrations: [
      ...ASSET_ACCESS_MIGRATIONS,
      ...VERSION_MIGRATIONS,
      CreateReview1764400000300,
      CreateVersionReviews1764400000310,
      CreateReviews1764400000320,
      CreateReviewNotifications1764400000330,
      CreateVersionRenditions1764400000340,
      CreateAssetRights1764400000350,
    ],
    bus: deps.bus,
    logger: deps.logger,
    gatewaySecret: config.GATEWAY_SIGNING_SECRET,
    host: config.HOST,
    port: config.PORT,
    typeDefs: loadSchema(join(__dirname, 'schema.graphql')),
    resolvers,
    context: (identity, dataSource, client) => ({ identity, client, dataSource, live, storage, media }),
    routes: (app, dataSource) =>
      registerDownloadRoute(app, {
        gatewaySecret: config.GATEWAY_SIGNING_SECRET,
        media,
        context: (identity, client) => ({ identity, client, dataSource, live, storage, media }),
        logger: deps.logger,
      }),
    // The worker checks at start that every job kind has a handler.
    parts: () => [live, worker],
    consumers: (dataSource) => [
      assetAccessConsumer({ service: 'review', dataSource, bus: deps.bus, logger: deps.logger, apply: openReview }),
      collectionsConsumer({ dataSource, bus: deps.bus, logger: deps.logger }),
      assetRightsConsumer({ dataSource, bus: deps.bus, logger: deps.logger }),
      renditionsConsumer({ dataSource, bus: deps.bus, logger: deps.logger }),
      ...versionProjectionConsumers({
        service: 'review',
        dataSource,
        bus: deps.bus,
        logger: deps.logger,
        onVersion: openVersionReview,
      }),
      ...worker.subscriptions,
    ],
  });
  const worker: JobWorker = createJobWorker({
    group: REVIEW_WORKERS_GROUP,
    queue: reviewJobQueue,
    registry: reviewJobRegistry({
      smtp: { url: config.SMTP_URL, from: config.SMTP_FROM },
      storage,
      logger: deps.logger,
    }),
    kinds: REVIEW_JOB_KINDS,
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
      // Emails left unsent by a crash are taken up now, not at the next sweep.
      await worker.resume();
      return url;
    },
    async stop() {
      worker.abortAll();
      await stop();
    },
  });
}
