import type { EntityManager } from 'typeorm';
import { AssetCurrentVersionChangedSchema, AssetVersionCreatedSchema, MediaProbedSchema, TOPICS } from '@mam/proto';
import type { DataSource } from '@mam/db';
import { createEventConsumer, on, type BusSubscription, type EventBus } from '@mam/events';
import type { Logger } from '@mam/logger';
import { readMediaTiming } from './media-timing';
import { versionProjection, type RecordedVersion } from './version-projection.repository';

export interface VersionProjectionOptions {
  /** The consuming service's name; its consumer groups are `<service>.versions` and `<service>.versions-media`. */
  service: string;
  dataSource: DataSource;
  bus: EventBus;
  logger: Logger;
  /** The service's own effect of a new version (its per-version state), in the same transaction as the projection. */
  onVersion?: (version: RecordedVersion, manager: EntityManager) => Promise<void>;
}

/**
 * Keeps the service's projection of every asset version: number, current flag, master key and
 * checksum from assets' topic, media facts from ingest's. Both consumers are idempotent and either
 * may run first; a redelivered event changes nothing.
 */
export function versionProjectionConsumers(options: VersionProjectionOptions): BusSubscription[] {
  const { service, dataSource, bus, logger } = options;
  const versions = createEventConsumer({
    group: `${service}.versions`,
    topic: TOPICS.assetsAsset,
    dataSource,
    bus,
    logger,
    handlers: {
      'asset.version-created': on(AssetVersionCreatedSchema, async (created, event, manager) => {
        const version: RecordedVersion = {
          versionId: created.versionId,
          assetId: created.assetId,
          workspaceId: created.workspaceId,
          number: created.number,
          current: created.current,
          filename: created.filename,
          masterKey: created.masterKey,
          sha256: created.sha256,
          size: created.size,
          createdAt: event.occurredAt,
        };
        await versionProjection.recordVersion(manager, version);
        await options.onVersion?.(version, manager);
      }),
      'asset.current-version-changed': on(AssetCurrentVersionChangedSchema, async (changed, _event, manager) => {
        await versionProjection.makeCurrent(manager, changed.assetId, changed.versionId);
      }),
    },
  });
  const media = createEventConsumer({
    group: `${service}.versions-media`,
    topic: TOPICS.ingestUpload,
    dataSource,
    bus,
    logger,
    handlers: {
      'media.probed': on(MediaProbedSchema, async (probed, _event, manager) => {
        await versionProjection.recordMedia(manager, {
          versionId: probed.versionId,
          assetId: probed.assetId,
          workspaceId: probed.workspaceId,
          kind: probed.mediaKind,
          format: probed.format,
          codec: probed.codec,
          durationSeconds: probed.durationSeconds,
          width: probed.width,
          height: probed.height,
          frameRate: probed.frameRate,
          ...readMediaTiming(probed.frameRate, probed.durationSeconds, probed.technicalMetadataJson),
        });
      }),
    },
  });
  return [versions, media];
}
