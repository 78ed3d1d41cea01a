import { MediaProbedSchema, RenditionReadySchema, TOPICS } from '@mam/proto';
import type { DataSource } from '@mam/db';
import { createEventConsumer, on, type EventBus } from '@mam/events';
import type { Logger } from '@mam/logger';
import { readMediaProbe } from '../../domain/versions/read-media-probe';
import { readProbeDescription } from '../../domain/versions/read-probe-description';
import { checkVersionRef, recordMediaProbe, recordProxyReady } from '../../domain/versions/record-version-media';
import { indexAsset, lockAssetForSearch } from '../../search/index-asset';
import type { AssetSearchIndex } from '../../search/search-index';

/**
 * Keeps the local projection of each version's media from ingest's events: what editing hand-off
 * needs (rate, timecode, duration, proxy key) and what search needs (format, codec, technical
 * description). A probe re-indexes its asset; one that arrives before its asset or version is
 * kept, and the asset's own events index it with the facts once it exists. Ingest stays the
 * owner of technical metadata.
 */
export function mediaProjectionConsumer(deps: {
  dataSource: DataSource;
  bus: EventBus;
  logger: Logger;
  search: AssetSearchIndex;
}) {
  return createEventConsumer({
    group: 'assets.media',
    topic: TOPICS.ingestUpload,
    dataSource: deps.dataSource,
    bus: deps.bus,
    logger: deps.logger,
    handlers: {
      'media.probed': on(MediaProbedSchema, async (probe, event, manager) => {
        checkVersionRef(probe, 'media.probed');
        await lockAssetForSearch(manager, probe.assetId);
        await recordMediaProbe(
          manager,
          probe,
          { ...readMediaProbe(probe), ...readProbeDescription(probe) },
          event.occurredAt,
        );
        await indexAsset(manager, deps.search, probe.assetId);
      }),
      'rendition.ready': on(RenditionReadySchema, async (rendition, event, manager) => {
        await recordProxyReady(manager, rendition, rendition, event.occurredAt);
      }),
    },
  });
}
