import type { EntityManager } from 'typeorm';
import { AssetCreatedSchema, TOPICS, type AssetCreated } from '@mam/proto';
import type { DataSource } from '@mam/db';
import { createEventConsumer, on, type DecodedEvent, type EventBus } from '@mam/events';
import type { Logger } from '@mam/logger';

export interface AssetCreatedConsumerOptions {
  /** The consuming service's name; its consumer group is `<service>.assets`. */
  service: string;
  dataSource: DataSource;
  bus: EventBus;
  logger: Logger;
  /** The service's own effect, run in the same transaction as the projection and inbox rows. */
  apply: (asset: AssetCreated, manager: EntityManager, event: DecodedEvent) => Promise<void>;
}

/** Consumes `asset.created`: records the asset's workspace, then runs the service's own effect. */
export function assetCreatedConsumer(options: AssetCreatedConsumerOptions) {
  return createEventConsumer({
    group: `${options.service}.assets`,
    topic: TOPICS.assetsAsset,
    dataSource: options.dataSource,
    bus: options.bus,
    logger: options.logger,
    handlers: {
      'asset.created': on(AssetCreatedSchema, async (asset, event, manager) => {
        await manager.query('INSERT INTO asset_access (asset_id, workspace_id) VALUES ($1, $2) ON CONFLICT (asset_id) DO NOTHING', [asset.assetId, asset.workspaceId]);
        await options.apply(asset, manager, event);
      }),
    },
  });
}
