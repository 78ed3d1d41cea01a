import { AssetCollectionsChangedSchema, AssetUpdatedSchema, TOPICS } from '@mam/proto';
import type { DataSource } from '@mam/db';
import { createEventConsumer, on, PermanentEventError, type EventBus } from '@mam/events';
import type { JobQueue } from '@mam/jobs';
import type { Logger } from '@mam/logger';
import { metadataObject } from '@mam/rights';
import { onCollectionsChanged, onMetadataChanged } from '../domain/rules/deliver-on-asset-change';

function metadataOf(json: string): Record<string, unknown> {
  const metadata = metadataObject(json);
  if (!metadata) throw new PermanentEventError('metadata_json is not a JSON object');
  return metadata;
}

/**
 * Assets' changes: each asset's metadata (its rights for the rights gate) and collections are kept,
 * and the rules on "a field takes a value" and "added to a collection" deliver its current version.
 */
export function assetsConsumer(options: { dataSource: DataSource; bus: EventBus; logger: Logger; queue: JobQueue }) {
  const deps = { queue: options.queue, logger: options.logger };
  return createEventConsumer({
    group: 'distribution.asset-descriptions',
    topic: TOPICS.assetsAsset,
    dataSource: options.dataSource,
    bus: options.bus,
    logger: options.logger,
    handlers: {
      'asset.updated': on(AssetUpdatedSchema, (updated, _event, manager) =>
        onMetadataChanged(
          manager,
          {
            assetId: updated.assetId,
            workspaceId: updated.workspaceId,
            revision: updated.revision,
            metadata: metadataOf(updated.metadataJson),
          },
          deps,
        ),
      ),
      'asset.collections-changed': on(AssetCollectionsChangedSchema, (changed, _event, manager) =>
        onCollectionsChanged(
          manager,
          { assetId: changed.assetId, workspaceId: changed.workspaceId, collectionIds: changed.collectionIds },
          deps,
        ),
      ),
    },
  });
}
