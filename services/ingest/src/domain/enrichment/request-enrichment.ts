import type { EntityManager } from 'typeorm';
import type { EventActor } from '@mam/events';
import { enrichmentQueue } from '../../jobs/enrichment-queue';
import { SYSTEM_ACTOR } from '../request-rendition';
import type { EnrichmentKind } from './plan-enrichment';

/** Queues one enrichment job (one per version and kind; asking again runs it again) in the caller's transaction. */
export async function requestEnrichment(
  manager: EntityManager,
  job: { assetId: string; versionId: string; kind: EnrichmentKind },
  actor: EventActor = SYSTEM_ACTOR,
): Promise<string> {
  const row = await enrichmentQueue.enqueue(
    manager,
    {
      kind: job.kind,
      key: job.versionId,
      payload: { assetId: job.assetId, versionId: job.versionId },
      columns: { asset_id: job.assetId, version_id: job.versionId },
    },
    actor,
  );
  return row.id;
}
