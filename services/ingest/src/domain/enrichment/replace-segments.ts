import type { EntityManager } from 'typeorm';
import type { EngineIdentity } from '@mam/enrichment';
import { appendToOutbox } from '@mam/events';
import { EnrichmentSegmentsReplacedSchema, TOPICS } from '@mam/proto';
import {
  enrichmentSegmentsRepository,
  type EnrichmentSegmentRow,
  type NewSegment,
  type SegmentKind,
} from '../../repositories/enrichment-segments.repository';
import { uploadsRepository } from '../../repositories/uploads.repository';
import { SYSTEM_ACTOR } from '../request-job';

/**
 * Stores what an engine found on a version, replacing that kind's earlier segments, and tells
 * search (assets) through the outbox, in the caller's transaction.
 */
export async function replaceSegments(
  manager: EntityManager,
  target: { assetId: string; versionId: string; kind: SegmentKind; rate: { num: number; den: number } },
  engine: EngineIdentity,
  segments: NewSegment[],
): Promise<EnrichmentSegmentRow[]> {
  const rows = await enrichmentSegmentsRepository.replace(manager, target, engine, segments);
  await publishSegments(manager, target, rows);
  return rows;
}

/** Announces the current segments of one kind of a version (`enrichment.segments-replaced`). */
export async function publishSegments(
  manager: EntityManager,
  target: { assetId: string; versionId: string; kind: SegmentKind },
  rows: EnrichmentSegmentRow[],
): Promise<void> {
  const workspaceId = (await uploadsRepository.findByVersion(manager, target.versionId))?.workspace_id ?? '';
  await appendToOutbox(manager, TOPICS.ingestEnrichment, {
    type: 'enrichment.segments-replaced',
    aggregateId: target.assetId,
    actor: SYSTEM_ACTOR,
    schema: EnrichmentSegmentsReplacedSchema,
    payload: {
      assetId: target.assetId,
      versionId: target.versionId,
      workspaceId,
      kind: target.kind,
      // A person is found by name: unnamed people's ranges stay out of search until someone names them.
      segments: rows
        .filter((row) => row.kind !== 'person' || row.text)
        .map((row) => ({
          id: row.id,
          kind: row.kind,
          text: row.text,
          startFrame: BigInt(row.start_frame),
          endFrame: BigInt(row.end_frame),
          frameRateNumerator: row.frame_rate_numerator,
          frameRateDenominator: row.frame_rate_denominator,
          confidence: row.confidence,
        })),
    },
  });
}
