import type { EntityManager } from 'typeorm';
import type { Box, EngineIdentity } from '@mam/enrichment';
import { uuidv7 } from '@mam/events';

export type SegmentKind = 'transcript' | 'text' | 'label' | 'face' | 'logo' | 'person';

export interface EnrichmentSegmentRow {
  id: string;
  asset_id: string;
  version_id: string;
  kind: SegmentKind;
  position: number;
  text: string;
  start_frame: string;
  end_frame: string;
  frame_rate_numerator: number;
  frame_rate_denominator: number;
  confidence: number;
  box: Box | null;
  engine: EngineIdentity;
  /** The person a `person` segment shows (its text is their name, empty while unnamed). */
  person_id: string | null;
}

export interface NewSegment {
  text: string;
  startFrame: number;
  endFrame: number;
  confidence: number;
  box: Box | null;
  personId?: string;
}

type Db = Pick<EntityManager, 'query'>;

/** The time-based segments the engines found, per version and kind. */
export const enrichmentSegmentsRepository = {
  /** Replaces every segment of one kind of a version (a rerun replaces, never adds); returns the new rows in order. */
  async replace(
    db: Db,
    target: { assetId: string; versionId: string; kind: SegmentKind; rate: { num: number; den: number } },
    engine: EngineIdentity,
    segments: NewSegment[],
  ): Promise<EnrichmentSegmentRow[]> {
    await db.query('DELETE FROM enrichment_segments WHERE version_id = $1 AND kind = $2', [
      target.versionId,
      target.kind,
    ]);
    if (segments.length === 0) return [];
    return db.query(
      `INSERT INTO enrichment_segments (id, asset_id, version_id, kind, position, text, start_frame, end_frame,
         frame_rate_numerator, frame_rate_denominator, confidence, box, engine, person_id)
       SELECT s.id, $1, $2, $3, s.position, s.text, s.start_frame, s.end_frame, $4, $5, s.confidence, s.box, $6, s.person_id
       FROM jsonb_to_recordset($7::jsonb) AS s(id uuid, position int, text text, start_frame bigint, end_frame bigint,
         confidence real, box jsonb, person_id uuid)
       RETURNING *`,
      [
        target.assetId,
        target.versionId,
        target.kind,
        target.rate.num,
        target.rate.den,
        JSON.stringify(engine),
        JSON.stringify(
          segments.map((segment, position) => ({
            id: uuidv7(),
            position,
            text: segment.text,
            start_frame: segment.startFrame,
            end_frame: segment.endFrame,
            confidence: segment.confidence,
            box: segment.box,
            person_id: segment.personId ?? null,
          })),
        ),
      ],
    );
  },
  async forVersion(db: Db, versionId: string, kinds?: SegmentKind[]): Promise<EnrichmentSegmentRow[]> {
    return db.query(
      `SELECT * FROM enrichment_segments WHERE version_id = $1 AND ($2::text[] IS NULL OR kind = ANY($2::text[]))
       ORDER BY start_frame, kind, position`,
      [versionId, kinds ?? null],
    );
  },
  async ofKind(db: Db, versionId: string, kind: SegmentKind): Promise<EnrichmentSegmentRow[]> {
    return db.query('SELECT * FROM enrichment_segments WHERE version_id = $1 AND kind = $2 ORDER BY position', [
      versionId,
      kind,
    ]);
  },
  /** A person's appearances, newest version first. */
  async ofPerson(db: Db, personId: string, first: number): Promise<EnrichmentSegmentRow[]> {
    return db.query(
      `SELECT * FROM enrichment_segments WHERE kind = 'person' AND person_id = $1
       ORDER BY version_id DESC, start_frame LIMIT $2`,
      [personId, first],
    );
  },
  async find(db: Db, id: string): Promise<EnrichmentSegmentRow | undefined> {
    return (await db.query('SELECT * FROM enrichment_segments WHERE id = $1', [id]))[0];
  },
  /** Changes what one segment says, locking it until the transaction ends; undefined when it is gone. */
  async setText(db: Db, id: string, text: string): Promise<EnrichmentSegmentRow | undefined> {
    // TypeORM answers an UPDATE … RETURNING with [rows, count].
    const [rows]: [EnrichmentSegmentRow[], number] = await db.query(
      'UPDATE enrichment_segments SET text = $2 WHERE id = $1 RETURNING *',
      [id, text],
    );
    return rows[0];
  },
};
