import { EnrichmentSegmentsReplacedSchema, TOPICS } from '@mam/proto';
import type { DataSource } from '@mam/db';
import { createEventConsumer, on, type EventBus } from '@mam/events';
import type { Logger } from '@mam/logger';
import { enrichmentSegmentRepository } from '../../repositories/enrichment-segment.repository';
import { indexAsset, lockAssetForSearch } from '../../search/index-asset';
import type { AssetSearchIndex } from '../../search/search-index';

/**
 * Lets search find an asset by what was said, read or seen in its current version, the hit
 * naming the segment's kind, text and timecode. Segments of a version not current (or of an
 * asset not here yet) are kept; the asset's own events index them once they apply.
 */
export function enrichmentSegmentsConsumer(deps: {
  dataSource: DataSource;
  bus: EventBus;
  logger: Logger;
  search: AssetSearchIndex;
}) {
  return createEventConsumer({
    group: 'assets.enrichment-segments',
    topic: TOPICS.ingestEnrichment,
    dataSource: deps.dataSource,
    bus: deps.bus,
    logger: deps.logger,
    handlers: {
      'enrichment.segments-replaced': on(EnrichmentSegmentsReplacedSchema, async (replaced, event, manager) => {
        await lockAssetForSearch(manager, replaced.assetId);
        const changed = await enrichmentSegmentRepository.replace(
          manager,
          replaced,
          replaced.segments.map((s) => ({
            text: s.text,
            startFrame: Number(s.startFrame),
            endFrame: Number(s.endFrame),
            frameRate: `${s.frameRateNumerator}/${s.frameRateDenominator}`,
          })),
          event.occurredAt,
        );
        if (changed) await indexAsset(manager, deps.search, replaced.assetId);
      }),
    },
  });
}
