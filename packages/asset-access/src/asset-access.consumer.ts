import type { EntityManager } from 'typeorm';
import { timestampDate } from '@bufbuild/protobuf/wkt';
import { AssetAccessChangedSchema, AssetCreatedSchema, AssetUpdatedSchema, TOPICS, type AssetCreated } from '@mam/proto';
import type { DataSource } from '@mam/db';
import { createEventConsumer, on, type DecodedEvent, type EventBus } from '@mam/events';
import type { Logger } from '@mam/logger';
import { ASSET_ACCESS_CHANNEL } from './visible-updates';

/** Tells live subscribers of every instance (at commit) that what the projection says about an asset changed. */
const announce = (manager: EntityManager, assetId: string) => manager.query('SELECT pg_notify($1, $2)', [ASSET_ACCESS_CHANNEL, JSON.stringify({ assetId })]);

export interface AssetAccessConsumerOptions {
  /** The consuming service's name; its consumer group is `<service>.assets`. */
  service: string;
  dataSource: DataSource;
  bus: EventBus;
  logger: Logger;
  /** The service's own effect of a new asset, run in the same transaction as the projection and inbox rows. */
  apply: (asset: AssetCreated, manager: EntityManager, event: DecodedEvent) => Promise<void>;
}

/**
 * Keeps the service's projection of who may see each asset: its workspace from `asset.created`,
 * its access list from `asset.access-changed` and its check-out lock from `asset.updated` (only
 * a newer one replaces what is kept). Changes of who may see an asset are announced on
 * ASSET_ACCESS_CHANNEL, so live subscriptions check again.
 */
export function assetAccessConsumer(options: AssetAccessConsumerOptions) {
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
        await announce(manager, asset.assetId);
      }),
      'asset.updated': on(AssetUpdatedSchema, async (asset, _event, manager) => {
        await manager.query(
          `UPDATE asset_access SET lock_holder = $2, lock_expires_at = $3, asset_revision = $4 WHERE asset_id = $1 AND asset_revision < $4`,
          [asset.assetId, asset.lockHolder || null, asset.lockExpiresAt ? timestampDate(asset.lockExpiresAt) : null, asset.revision.toString()],
        );
      }),
      'asset.access-changed': on(AssetAccessChangedSchema, async (access, _event, manager) => {
        const entries = JSON.stringify(access.entries.map((e) => ({ principal: e.principal, role: e.role })));
        await manager.query(
          `INSERT INTO asset_access (asset_id, workspace_id, entries, access_revision) VALUES ($1, $2, $3, $4)
           ON CONFLICT (asset_id) DO UPDATE SET entries = EXCLUDED.entries, access_revision = EXCLUDED.access_revision
           WHERE asset_access.access_revision < EXCLUDED.access_revision`,
          [access.assetId, access.workspaceId, entries, access.accessRevision.toString()],
        );
        await announce(manager, access.assetId);
      }),
    },
  });
}
