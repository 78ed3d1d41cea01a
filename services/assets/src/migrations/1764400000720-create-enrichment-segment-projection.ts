import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What ingest's engines found on each version (said, read, seen), as its events describe it
 * (ingest owns it): search finds an asset by its current version's segments, each hit naming
 * where. One row per version and kind records when that set was last replaced, so a late copy of
 * an earlier event never brings back older segments.
 */
export class CreateEnrichmentSegmentProjection1764400000720 implements MigrationInterface {
  name = 'CreateEnrichmentSegmentProjection1764400000720';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE enrichment_segment_sets (
        version_id uuid NOT NULL,
        kind text NOT NULL,
        asset_id uuid NOT NULL,
        replaced_at timestamptz NOT NULL,
        PRIMARY KEY (version_id, kind)
      )`);
    await runner.query(`
      CREATE TABLE enrichment_segments (
        version_id uuid NOT NULL,
        kind text NOT NULL,
        position int NOT NULL,
        asset_id uuid NOT NULL,
        text text NOT NULL,
        start_frame bigint NOT NULL,
        end_frame bigint NOT NULL,
        frame_rate text NOT NULL,
        PRIMARY KEY (version_id, kind, position)
      )`);
    await runner.query('CREATE INDEX enrichment_segments_asset ON enrichment_segments (asset_id, version_id)');
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE enrichment_segments');
    await runner.query('DROP TABLE enrichment_segment_sets');
  }
}
