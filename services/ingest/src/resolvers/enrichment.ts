import { framesToTimecode } from '@mam/timecode';
import type { EnrichmentJobRow } from '../repositories/enrichment-jobs.repository';
import type { EnrichmentSegmentRow, SegmentKind } from '../repositories/enrichment-segments.repository';

/** An enrichment job as the API shows it. */
export function toEnrichmentJob(job: EnrichmentJobRow) {
  return {
    id: job.id,
    kind: job.kind,
    state: job.status.toUpperCase(),
    progress: Number(job.progress),
    attempts: job.attempts,
    reason: job.reason,
    engine: job.status === 'ready' ? (job.output?.engine ?? null) : null,
    segmentCount: job.status === 'ready' ? (job.output?.segments ?? null) : null,
  };
}

/** A segment as the API shows it, with where it starts as timecode. */
export function toEnrichmentSegment(row: EnrichmentSegmentRow) {
  const rate = { num: row.frame_rate_numerator, den: row.frame_rate_denominator };
  const startFrame = Number(row.start_frame);
  return {
    id: row.id,
    kind: row.kind.toUpperCase(),
    text: row.text,
    startFrame,
    endFrame: Number(row.end_frame),
    frameRate: `${rate.num}/${rate.den}`,
    timecode: framesToTimecode(startFrame, rate),
    confidence: row.confidence,
    box: row.box,
    personId: row.person_id,
  };
}

export const segmentKindsOf = (kinds: string[] | null | undefined): SegmentKind[] | undefined =>
  kinds?.length ? kinds.map((kind) => kind.toLowerCase() as SegmentKind) : undefined;
