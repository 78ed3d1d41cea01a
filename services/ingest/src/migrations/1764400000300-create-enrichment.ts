import { jobsTableStatements } from '@mam/jobs';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Enrichment: its own job table (`enrichment_jobs`, so engines never hold up renditions), the
 * transcript of each version, and the time-based segments the engines found (what was said, read,
 * seen), each in frames at the version's exact frame rate.
 */
export class CreateEnrichment1764400000300 implements MigrationInterface {
  name = 'CreateEnrichment1764400000300';

  async up(runner: QueryRunner): Promise<void> {
    for (const statement of jobsTableStatements('enrichment_jobs')) await runner.query(statement);
    await runner.query('ALTER TABLE enrichment_jobs ADD COLUMN asset_id uuid NOT NULL');
    await runner.query('ALTER TABLE enrichment_jobs ADD COLUMN version_id uuid NOT NULL');
    await runner.query('CREATE INDEX enrichment_jobs_version ON enrichment_jobs (version_id)');
    await runner.query('CREATE INDEX enrichment_jobs_asset ON enrichment_jobs (asset_id)');
    await runner.query(`CREATE TABLE transcripts (
      version_id uuid PRIMARY KEY,
      asset_id uuid NOT NULL,
      language text NOT NULL,
      engine jsonb NOT NULL,
      frame_rate_numerator int NOT NULL,
      frame_rate_denominator int NOT NULL,
      words jsonb NOT NULL DEFAULT '[]',
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    )`);
    // A person's correction of a transcript segment, kept when the engine runs again.
    await runner.query(`CREATE TABLE transcript_corrections (
      version_id uuid NOT NULL,
      segment_index int NOT NULL,
      text text NOT NULL,
      corrected_by text NOT NULL,
      corrected_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (version_id, segment_index)
    )`);
    await runner.query(`CREATE TABLE enrichment_segments (
      id uuid PRIMARY KEY,
      asset_id uuid NOT NULL,
      version_id uuid NOT NULL,
      kind text NOT NULL CHECK (kind IN ('transcript', 'text', 'label', 'face', 'logo')),
      position int NOT NULL,
      text text NOT NULL,
      start_frame bigint NOT NULL,
      end_frame bigint NOT NULL,
      frame_rate_numerator int NOT NULL,
      frame_rate_denominator int NOT NULL,
      confidence real NOT NULL,
      box jsonb,
      engine jsonb NOT NULL,
      UNIQUE (version_id, kind, position),
      CHECK (end_frame >= start_frame)
    )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE enrichment_segments');
    await runner.query('DROP TABLE transcript_corrections');
    await runner.query('DROP TABLE transcripts');
    await runner.query('DROP TABLE enrichment_jobs');
  }
}
