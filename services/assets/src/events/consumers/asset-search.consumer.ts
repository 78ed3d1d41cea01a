import {
  AssetAccessChangedSchema,
  AssetCollectionsChangedSchema,
  AssetCreatedSchema,
  AssetCurrentVersionChangedSchema,
  AssetUpdatedSchema,
  AssetVersionCreatedSchema,
  TOPICS,
} from '@mam/proto';
import type { DataSource } from '@mam/db';
import { createEventConsumer, on, type EventBus } from '@mam/events';
import type { Logger } from '@mam/logger';
import { indexAsset } from '../../search/index-asset';
import type { AssetSearchIndex } from '../../search/search-index';

/** Keeps the search index in step with the assets topic; re-reads the asset rather than trusting the event. */
export function assetSearchConsumer(deps: {
  dataSource: DataSource;
  bus: EventBus;
  logger: Logger;
  search: AssetSearchIndex;
}) {
  const index = async (assetId: string, manager: import('typeorm').EntityManager) => {
    await indexAsset(manager, deps.search, assetId);
  };
  return createEventConsumer({
    group: 'assets-search',
    topic: TOPICS.assetsAsset,
    dataSource: deps.dataSource,
    bus: deps.bus,
    logger: deps.logger,
    handlers: {
      'asset.created': on(AssetCreatedSchema, (payload, _event, manager) => index(payload.assetId, manager)),
      'asset.updated': on(AssetUpdatedSchema, (payload, _event, manager) => index(payload.assetId, manager)),
      'asset.version-created': on(AssetVersionCreatedSchema, (payload, _event, manager) =>
        index(payload.assetId, manager),
      ),
      'asset.current-version-changed': on(AssetCurrentVersionChangedSchema, (payload, _event, manager) =>
        index(payload.assetId, manager),
      ),
      'asset.access-changed': on(AssetAccessChangedSchema, (payload, _event, manager) =>
        index(payload.assetId, manager),
      ),
      'asset.collections-changed': on(AssetCollectionsChangedSchema, (payload, _event, manager) =>
        index(payload.assetId, manager),
      ),
    },
  });
}
