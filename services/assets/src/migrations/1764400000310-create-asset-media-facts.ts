import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What ingest's `media.probed` says about each version's file, kept so search (and a rebuild of
 * it) can filter and facet on it. No foreign key: the probe may arrive before the version does.
 */
export class CreateAssetMediaFacts1764400000310 implements MigrationInterface {
  name = 'CreateAssetMediaFacts1764400000310';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE asset_media_facts (
        version_id uuid PRIMARY KEY,
        asset_id uuid NOT NULL,
        workspace_id text NOT NULL,
        media_kind text NOT NULL,
        format text NOT NULL DEFAULT '',
        codec text NOT NULL DEFAULT '',
        duration_seconds double precision,
        width int,
        height int,
        frame_rate text,
        technical jsonb,
        probed_at timestamptz NOT NULL
      )`);
    await runner.query('CREATE INDEX asset_media_facts_asset ON asset_media_facts (asset_id)');
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE asset_media_facts');
  }
}
