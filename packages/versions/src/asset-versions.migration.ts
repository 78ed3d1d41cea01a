import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The version projection every non-owning service keeps: each version of each asset with its
 * number, whether it is current, where its master is and its checksum (from assets' events), and
 * the media facts ingest probed. Either side may arrive first, so every column but the ids may be
 * empty for a while; a version is known once its number is.
 */
export class CreateAssetVersions1764400000080 implements MigrationInterface {
  name = 'CreateAssetVersions1764400000080';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE asset_versions (
        version_id uuid PRIMARY KEY,
        asset_id uuid NOT NULL,
        workspace_id text NOT NULL,
        number integer,
        is_current boolean NOT NULL DEFAULT false,
        filename text,
        master_key text,
        sha256 text,
        size bigint,
        created_at timestamptz,
        media_kind text,
        format text,
        codec text,
        duration_seconds double precision,
        width integer,
        height integer,
        frame_rate text,
        probed_at timestamptz
      )`);
    await runner.query('CREATE INDEX asset_versions_asset ON asset_versions (asset_id, number)');
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE asset_versions');
  }
}
