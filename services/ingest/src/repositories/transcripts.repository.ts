import type { EntityManager } from 'typeorm';
import type { EngineIdentity, TimedWord } from '@mam/enrichment';

export interface TranscriptRow {
  version_id: string;
  asset_id: string;
  language: string;
  engine: EngineIdentity;
  frame_rate_numerator: number;
  frame_rate_denominator: number;
  words: TimedWord[];
  updated_at: Date;
}

export interface TranscriptCorrectionRow {
  version_id: string;
  segment_index: number;
  text: string;
  corrected_by: string;
  corrected_at: Date;
}

type Db = Pick<EntityManager, 'query'>;

/** The transcript of each version (the engine's words) and people's corrections of its segments, kept across reruns. */
export const transcriptsRepository = {
  async save(
    db: Db,
    row: Pick<TranscriptRow, 'version_id' | 'asset_id' | 'language' | 'engine' | 'words'> & {
      rate: { num: number; den: number };
    },
  ): Promise<void> {
    await db.query(
      `INSERT INTO transcripts (version_id, asset_id, language, engine, frame_rate_numerator, frame_rate_denominator, words)
       VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (version_id) DO UPDATE SET language = EXCLUDED.language, engine = EXCLUDED.engine,
         frame_rate_numerator = EXCLUDED.frame_rate_numerator, frame_rate_denominator = EXCLUDED.frame_rate_denominator,
         words = EXCLUDED.words, updated_at = now()`,
      [
        row.version_id,
        row.asset_id,
        row.language,
        JSON.stringify(row.engine),
        row.rate.num,
        row.rate.den,
        JSON.stringify(row.words),
      ],
    );
  },
  async find(db: Db, versionId: string): Promise<TranscriptRow | undefined> {
    return (await db.query('SELECT * FROM transcripts WHERE version_id = $1', [versionId]))[0];
  },
  async corrections(db: Db, versionId: string): Promise<TranscriptCorrectionRow[]> {
    return db.query('SELECT * FROM transcript_corrections WHERE version_id = $1 ORDER BY segment_index', [versionId]);
  },
  async correct(db: Db, versionId: string, segmentIndex: number, text: string, by: string): Promise<void> {
    await db.query(
      `INSERT INTO transcript_corrections (version_id, segment_index, text, corrected_by) VALUES ($1, $2, $3, $4)
       ON CONFLICT (version_id, segment_index) DO UPDATE SET text = EXCLUDED.text, corrected_by = EXCLUDED.corrected_by, corrected_at = now()`,
      [versionId, segmentIndex, text, by],
    );
  },
};
