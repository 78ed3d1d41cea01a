import { timestampDate } from '@bufbuild/protobuf/wkt';
import {
  AssetCollectionsChangedSchema,
  AssetUpdatedSchema,
  TOPICS,
  VersionApprovedSchema,
  VersionChangesRequestedSchema,
} from '@mam/proto';
import type { DataSource } from '@mam/db';
import { createEventConsumer, on, type EventBus } from '@mam/events';
import type { Logger } from '@mam/logger';
import { recordCollections, recordDecision, recordDescriptive } from '../domain/record-asset-facts';

interface Options {
  dataSource: DataSource;
  bus: EventBus;
  logger: Logger;
}

/** Collections and descriptive changes (title, description, tags, metadata values) from assets' topic: what policies select by and packages carry. */
export function assetFactsConsumer({ dataSource, bus, logger }: Options) {
  return createEventConsumer({
    group: 'archive.asset-facts',
    topic: TOPICS.assetsAsset,
    dataSource,
    bus,
    logger,
    handlers: {
      'asset.collections-changed': on(AssetCollectionsChangedSchema, (changed, _event, manager) =>
        recordCollections(manager, changed.assetId, changed.collectionIds),
      ),
      'asset.updated': on(AssetUpdatedSchema, (updated, _event, manager) =>
        recordDescriptive(manager, updated.assetId, updated),
      ),
    },
  });
}

/** Review decisions, kept for the packages' event log and decisions sidecar. */
export function reviewDecisionsConsumer({ dataSource, bus, logger }: Options) {
  return createEventConsumer({
    group: 'archive.review-decisions',
    topic: TOPICS.reviewVersion,
    dataSource,
    bus,
    logger,
    handlers: {
      'version.approved': on(VersionApprovedSchema, (approved, event, manager) =>
        recordDecision(manager, {
          assetId: approved.assetId,
          versionId: approved.versionId,
          decidedBy: approved.decidedBy,
          note: approved.note,
          decidedAt: approved.decidedAt ? timestampDate(approved.decidedAt) : event.occurredAt,
          outcome: 'approved',
        }),
      ),
      'version.changes-requested': on(VersionChangesRequestedSchema, (requested, event, manager) =>
        recordDecision(manager, {
          assetId: requested.assetId,
          versionId: requested.versionId,
          decidedBy: requested.decidedBy,
          note: requested.note,
          decidedAt: requested.decidedAt ? timestampDate(requested.decidedAt) : event.occurredAt,
          outcome: requested.rejected ? 'rejected' : 'changes requested',
        }),
      ),
    },
  });
}
