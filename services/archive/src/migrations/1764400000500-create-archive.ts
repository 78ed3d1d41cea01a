import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateArchive1764400000500 implements MigrationInterface {
  name = 'CreateArchive1764400000500';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE archive_assets (
        asset_id uuid PRIMARY KEY REFERENCES asset_access(asset_id),
        storage_tier text NOT NULL CHECK (storage_tier IN ('HOT', 'COLD', 'RESTORING')),
        updated_at timestamptz NOT NULL
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE archive_assets');
  }
}
