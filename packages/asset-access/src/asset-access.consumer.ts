import type { EntityManager } from 'typeorm';
import { timestampDate } from '@bufbuild/protobuf/wkt';
import {
  AssetAccessChangedSchema,
  AssetCreatedSchema,
  AssetUpdatedSchema,
  TOPICS,
  type AssetCreated,
} from '@mam/proto';
import type { DataSource } from '@mam/db';
import { createEventConsumer, on, type DecodedEvent, type EventBus } from '@mam/events';
import type { Role } from '@mam/graphql';
import type { Logger } from '@mam/logger';
import { assetAccessRepository as projection } from './asset-access.repository';

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
        await projection.register(manager, asset.assetId, asset.workspaceId);
        await options.apply(asset, manager, event);
        await projection.announce(manager, asset.assetId);
      }),
      'asset.updated': on(AssetUpdatedSchema, async (asset, _event, manager) => {
        const lock = {
          holder: asset.lockHolder || null,
          expiresAt: asset.lockExpiresAt ? timestampDate(asset.lockExpiresAt) : null,
        };
        await projection.setLock(manager, asset.assetId, lock, asset.revision);
      }),
      'asset.access-changed': on(AssetAccessChangedSchema, async (access, _event, manager) => {
        const entries = access.entries.map((e) => ({ principal: e.principal, role: e.role as Role }));
        await projection.setEntries(manager, access.assetId, access.workspaceId, entries, access.accessRevision);
        await projection.announce(manager, access.assetId);
      }),
    },
  });
}
