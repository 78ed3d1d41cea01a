import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Storage tier per version: each version's master is archived and restored on its own. */
export class CreateArchiveVersions1764400000510 implements MigrationInterface {
  name = 'CreateArchiveVersions1764400000510';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE archive_versions (
        version_id uuid PRIMARY KEY REFERENCES asset_versions(version_id),
        asset_id uuid NOT NULL,
        storage_tier text NOT NULL CHECK (storage_tier IN ('HOT', 'COLD', 'RESTORING')),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE archive_versions');
  }
}
