import { join } from 'node:path';
import type { EventBus } from '@mam/events';
import type { Logger } from '@mam/logger';
import { createServiceRuntime, loadSchema } from '@mam/runtime';
import type { AssetsConfig } from './config';
import type { AssetsContext } from './context';
import { AssetHistoryEntity } from './entities/asset-history.entity';
import { AssetVersionEntity } from './entities/asset-version.entity';
import { AssetEntity } from './entities/asset.entity';
import { ApiKeyEntity } from './entities/api-key.entity';
import { CollectionAssetEntity } from './entities/collection-asset.entity';
import { CollectionEntity } from './entities/collection.entity';
import { VersionMediaEntity } from './entities/version-media.entity';
import { MetadataFieldEntity } from './entities/metadata-field.entity';
import { MetadataSchemaEntity } from './entities/metadata-schema.entity';
import { assetSearchConsumer } from './events/consumers/asset-search.consumer';
import { mediaProjectionConsumer } from './events/consumers/media-projection.consumer';
import { reviewCommentConsumer } from './events/consumers/review-comment.consumer';
import { enrichmentSegmentsConsumer } from './events/consumers/enrichment-segments.consumer';
import { uploadCompletedConsumer } from './events/consumers/upload-completed.consumer';
import { CreateAssets1764400000100 } from './migrations/1764400000100-create-assets';
import { CreateApiKeys1764400000110 } from './migrations/1764400000110-create-api-keys';
import { AddVersionFilesAndHistory1764400000120 } from './migrations/1764400000120-add-version-files-and-history';
import { AddLocksAndMetadata1764400000130 } from './migrations/1764400000130-add-locks-and-metadata';
import { ExtendAssetSearch1764400000140 } from './migrations/1764400000140-extend-asset-search';
import { CreateCollections1764400000200 } from './migrations/1764400000200-create-collections';
import { CreateVersionMedia1764400000210 } from './migrations/1764400000210-create-version-media';
import { AddAssetTags1764400000300 } from './migrations/1764400000300-add-asset-tags';
import { CreateAssetMediaFacts1764400000310 } from './migrations/1764400000310-create-asset-media-facts';
import { ExtendAssetSearchFacets1764400000320 } from './migrations/1764400000320-extend-asset-search-facets';
import { CreateAccessControl1764400000400 } from './migrations/1764400000400-create-access-control';
import { MergeMediaFacts1764400000410 } from './migrations/1764400000410-merge-media-facts';
import { CreateAccounts1764400000500 } from './migrations/1764400000500-create-accounts';
import { CreateReviewCommentProjection1764400000600 } from './migrations/1764400000600-create-review-comment-projection';
import { CreateAppPasswords1764400000700 } from './migrations/1764400000700-create-app-passwords';
import { CreateDriveProperties1764400000710 } from './migrations/1764400000710-create-drive-properties';
import { CreateEnrichmentSegmentProjection1764400000720 } from './migrations/1764400000720-create-enrichment-segment-projection';
import { resolvers } from './resolvers';
import { createElasticsearchIndex } from './search/elasticsearch-index';
import { createPostgresIndex } from './search/postgres-index';
import type { AssetSearchIndex } from './search/search-index';

export const assetsEntities = [
  AssetEntity,
  AssetVersionEntity,
  AssetHistoryEntity,
  MetadataFieldEntity,
  MetadataSchemaEntity,
  ApiKeyEntity,
  CollectionEntity,
  CollectionAssetEntity,
  VersionMediaEntity,
];
export const assetsMigrations = [
  CreateAssets1764400000100,
  CreateApiKeys1764400000110,
  AddVersionFilesAndHistory1764400000120,
  AddLocksAndMetadata1764400000130,
  ExtendAssetSearch1764400000140,
  CreateCollections1764400000200,
  CreateVersionMedia1764400000210,
  AddAssetTags1764400000300,
  CreateAssetMediaFacts1764400000310,
  ExtendAssetSearchFacets1764400000320,
  CreateAccessControl1764400000400,
  MergeMediaFacts1764400000410,
  CreateAccounts1764400000500,
  CreateReviewCommentProjection1764400000600,
  CreateAppPasswords1764400000700,
  CreateDriveProperties1764400000710,
  CreateEnrichmentSegmentProjection1764400000720,
];

/** The assets service: owner of Asset and AssetVersion, their events and their search index. */
export function createAssetsService(config: AssetsConfig, deps: { bus: EventBus; logger: Logger }) {
  let search: AssetSearchIndex;
  const runtime = createServiceRuntime<AssetsContext>({
    name: 'assets',
    databaseUrl: config.DATABASE_URL,
    databasePoolSize: config.DATABASE_POOL_SIZE,
    entities: assetsEntities,
    migrations: assetsMigrations,
    bus: deps.bus,
    logger: deps.logger,
    gatewaySecret: config.GATEWAY_SIGNING_SECRET,
    host: config.HOST,
    port: config.PORT,
    typeDefs: loadSchema(join(__dirname, 'schema')),
    resolvers,
    context: (identity, dataSource) => ({ identity, dataSource, search, publicBaseUrl: config.PUBLIC_BASE_URL }),
    parts: () => [{ start: () => search.ensure(), stop: () => search.close() }],
    consumers: (dataSource) => [
      assetSearchConsumer({ dataSource, bus: deps.bus, logger: deps.logger, search }),
      uploadCompletedConsumer({ dataSource, bus: deps.bus, logger: deps.logger }),
      mediaProjectionConsumer({ dataSource, bus: deps.bus, logger: deps.logger, search }),
      reviewCommentConsumer({ dataSource, bus: deps.bus, logger: deps.logger, search }),
      enrichmentSegmentsConsumer({ dataSource, bus: deps.bus, logger: deps.logger, search }),
    ],
  });
  search = createSearchIndex(config, runtime);
  return Object.assign(runtime, { search });
}

export function createSearchIndex(
  config: AssetsConfig,
  runtime: { dataSource: import('@mam/db').DataSource },
): AssetSearchIndex {
  return config.ELASTICSEARCH_URL
    ? createElasticsearchIndex({ url: config.ELASTICSEARCH_URL, alias: config.SEARCH_INDEX })
    : createPostgresIndex(runtime.dataSource);
}
