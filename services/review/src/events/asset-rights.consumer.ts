import { AssetUpdatedSchema, TOPICS } from '@mam/proto';
import type { DataSource } from '@mam/db';
import { createEventConsumer, on, PermanentEventError, type EventBus } from '@mam/events';
import type { Logger } from '@mam/logger';
import { assetRights, metadataObject } from '@mam/rights';
import { assetRightsRepository } from '../repositories/asset-rights.repository';

/** Keeps each asset's rights from assets' `asset.updated` (its metadata), for the gate on guests' master downloads. */
export function assetRightsConsumer(deps: { dataSource: DataSource; bus: EventBus; logger: Logger }) {
  return createEventConsumer({
    group: 'review.asset-rights',
    topic: TOPICS.assetsAsset,
    dataSource: deps.dataSource,
    bus: deps.bus,
    logger: deps.logger,
    handlers: {
      'asset.updated': on(AssetUpdatedSchema, async (updated, _event, manager) => {
        const metadata = metadataObject(updated.metadataJson);
        if (!metadata) throw new PermanentEventError('metadata_json is not a JSON object');
        await assetRightsRepository.record(manager, {
          assetId: updated.assetId,
          workspaceId: updated.workspaceId,
          revision: updated.revision,
          rights: assetRights(metadata),
        });
      }),
    },
  });
}
