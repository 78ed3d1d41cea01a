import type { EntityManager } from 'typeorm';
import type { SearchSegment } from '../search/search-index';

/** Segment kinds search finds assets by (faces are found by person once people are named). */
export const SEARCHABLE_ENRICHMENT_KINDS = ['transcript', 'text', 'label', 'logo', 'person'];

export interface EnrichmentSegmentFacts {
  text: string;
  startFrame: number;
  endFrame: number;
  frameRate: string;
}

/** `enrichment_segments`: what ingest's engines found on each version, per kind (ingest owns them). */
export const enrichmentSegmentRepository = {
  /**
   * Replaces one kind's segments of a version with those of an event; false (nothing changed)
   * when a later event already replaced them.
   */
  async replace(
    manager: EntityManager,
    target: { assetId: string; versionId: string; kind: string },
    segments: EnrichmentSegmentFacts[],
    at: Date,
  ): Promise<boolean> {
    // An INSERT answers with its RETURNING rows (no row count): none when a later event already replaced the set.
    const applied: unknown[] = await manager.query(
      `INSERT INTO enrichment_segment_sets (version_id, kind, asset_id, replaced_at) VALUES ($1, $2, $3, $4)
       ON CONFLICT (version_id, kind) DO UPDATE SET replaced_at = EXCLUDED.replaced_at
       WHERE enrichment_segment_sets.replaced_at <= EXCLUDED.replaced_at
       RETURNING version_id`,
      [target.versionId, target.kind, target.assetId, at],
    );
    if (applied.length === 0) return false;
    await manager.query('DELETE FROM enrichment_segments WHERE version_id = $1 AND kind = $2', [
      target.versionId,
      target.kind,
    ]);
    if (segments.length)
      await manager.query(
        `INSERT INTO enrichment_segments (version_id, kind, position, asset_id, text, start_frame, end_frame, frame_rate)
         SELECT $1, $2, s.position, $3, s.text, s.start_frame, s.end_frame, s.frame_rate
         FROM jsonb_to_recordset($4::jsonb) AS s(position int, text text, start_frame bigint, end_frame bigint, frame_rate text)`,
        [
          target.versionId,
          target.kind,
          target.assetId,
          JSON.stringify(
            segments.map((s, position) => ({
              position,
              text: s.text,
              start_frame: s.startFrame,
              end_frame: s.endFrame,
              frame_rate: s.frameRate,
            })),
          ),
        ],
      );
    return true;
  },
  /** Each asset's current version's searchable segments, in the order they stand on the timeline. */
  async segmentsOf(manager: EntityManager, assetIds: string[]): Promise<Map<string, SearchSegment[]>> {
    const rows: {
      asset_id: string;
      kind: string;
      text: string;
      start_frame: string;
      end_frame: string;
      frame_rate: string;
    }[] = await manager.query(
      `SELECT s.asset_id, s.kind, s.text, s.start_frame, s.end_frame, s.frame_rate
         FROM enrichment_segments s JOIN assets a ON a.id = s.asset_id AND a.current_version_id = s.version_id
         WHERE s.asset_id = ANY($1::uuid[]) AND s.kind = ANY($2::text[])
         ORDER BY s.asset_id, s.start_frame, s.kind, s.position`,
      [assetIds, SEARCHABLE_ENRICHMENT_KINDS],
    );
    const found = new Map<string, SearchSegment[]>();
    for (const r of rows) {
      const list = found.get(r.asset_id) ?? [];
      list.push({
        kind: r.kind,
        text: r.text,
        startFrame: Number(r.start_frame),
        endFrame: Number(r.end_frame),
        frameRate: r.frame_rate,
      });
      found.set(r.asset_id, list);
    }
    return found;
  },
};
