import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateIngest1764400000200 implements MigrationInterface {
  name = 'CreateIngest1764400000200';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE ingest_assets (
        asset_id uuid PRIMARY KEY REFERENCES asset_access(asset_id),
        ingest_status text NOT NULL CHECK (ingest_status IN ('AWAITING_UPLOAD', 'UPLOADING', 'PROCESSING', 'READY', 'FAILED')),
        updated_at timestamptz NOT NULL
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE ingest_assets');
  }
}
