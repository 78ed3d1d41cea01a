import { MediaProbedSchema, TOPICS } from '@mam/proto';
import type { DataSource } from '@mam/db';
import { createEventConsumer, on, PermanentEventError, type EventBus } from '@mam/events';
import type { Logger } from '@mam/logger';
import { isUuid } from '../../repositories/asset.repository';
import { indexAsset } from '../../search/index-asset';
import { saveMediaFacts } from '../../search/media-facts';
import type { AssetSearchIndex } from '../../search/search-index';

/**
 * Makes what ingest found in a file searchable: keeps `media.probed` facts in asset_media_facts
 * (so a rebuild has them) and re-indexes the asset. A probe that arrives before its asset or
 * version is kept; the asset's own events index it with the facts once it exists.
 */
export function searchMediaConsumer(deps: { dataSource: DataSource; bus: EventBus; logger: Logger; search: AssetSearchIndex }) {
  return createEventConsumer({
    group: 'assets.search-media',
    topic: TOPICS.ingestUpload,
    dataSource: deps.dataSource,
    bus: deps.bus,
    logger: deps.logger,
    handlers: {
      'media.probed': on(MediaProbedSchema, async (probed, event, manager) => {
        if (!isUuid(probed.assetId) || !isUuid(probed.versionId) || !probed.workspaceId) throw new PermanentEventError('media.probed lacks a valid asset_id, version_id or workspace_id');
        await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended('asset-search:' || $1, 0))`, [probed.assetId]);
        await saveMediaFacts(manager, probed, event.occurredAt);
        await indexAsset(manager, deps.search, probed.assetId);
      }),
    },
  });
}
