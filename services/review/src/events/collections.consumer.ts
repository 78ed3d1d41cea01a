import { AssetCollectionsChangedSchema, TOPICS } from '@mam/proto';
import type { DataSource } from '@mam/db';
import { createEventConsumer, on, type EventBus } from '@mam/events';
import type { Logger } from '@mam/logger';
import { recordCollections } from '../domain/record-collections';

/** Keeps which collections hold each asset, from assets' `asset.collections-changed`. */
export function collectionsConsumer(deps: { dataSource: DataSource; bus: EventBus; logger: Logger }) {
  return createEventConsumer({
    group: 'review.collections',
    topic: TOPICS.assetsAsset,
    dataSource: deps.dataSource,
    bus: deps.bus,
    logger: deps.logger,
    handlers: {
      'asset.collections-changed': on(AssetCollectionsChangedSchema, (changed, _event, manager) =>
        recordCollections(changed, manager),
      ),
    },
  });
}
