import type { DataSource } from '@mam/db';
import {
  enrichmentSegmentsRepository,
  type EnrichmentSegmentRow,
} from '../../repositories/enrichment-segments.repository';
import { transcriptsRepository } from '../../repositories/transcripts.repository';
import { publishSegments } from './replace-segments';

export const MAX_TRANSCRIPT_SEGMENT_TEXT = 2000;

/**
 * Stores a person's correction of a transcript segment under the segment's index (the key the
 * transcript step applies corrections by, so it outlives reruns), changes the segment's text and
 * announces the version's transcript segments again for search, all in one transaction. Undefined
 * when the segment was replaced meanwhile.
 */
export async function correctTranscriptSegment(
  dataSource: DataSource,
  segmentId: string,
  text: string,
  by: string,
): Promise<EnrichmentSegmentRow | undefined> {
  return dataSource.transaction(async (manager) => {
    const updated = await enrichmentSegmentsRepository.setText(manager, segmentId, text);
    if (!updated) return undefined;
    await transcriptsRepository.correct(manager, updated.version_id, updated.position, text, by);
    const rows = await enrichmentSegmentsRepository.ofKind(manager, updated.version_id, 'transcript');
    await publishSegments(
      manager,
      { assetId: updated.asset_id, versionId: updated.version_id, kind: 'transcript' },
      rows,
    );
    return updated;
  });
}
