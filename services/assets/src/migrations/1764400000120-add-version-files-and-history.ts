import type { MigrationInterface, QueryRunner } from 'typeorm';

/** What a version's file is (name, checksum, size, note) and the asset history log. */
export class AddVersionFilesAndHistory1764400000120 implements MigrationInterface {
  name = 'AddVersionFilesAndHistory1764400000120';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      ALTER TABLE asset_versions
        ADD COLUMN filename text NOT NULL DEFAULT '',
        ADD COLUMN sha256 text NOT NULL DEFAULT '',
        ADD COLUMN size bigint NOT NULL DEFAULT 0,
        ADD COLUMN mime_type text,
        ADD COLUMN note text,
        ADD COLUMN upload_id text`);
    await runner.query(`
      CREATE TABLE asset_history (
        seq bigserial PRIMARY KEY,
        asset_id uuid NOT NULL REFERENCES assets(id),
        workspace_id text NOT NULL,
        action text NOT NULL,
        actor text NOT NULL,
        occurred_at timestamptz NOT NULL,
        revision int NOT NULL,
        version_id uuid REFERENCES asset_versions(id),
        changes jsonb NOT NULL DEFAULT '[]'
      )`);
    await runner.query('CREATE INDEX asset_history_asset ON asset_history (asset_id, seq DESC)');
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE asset_history');
    await runner.query(
      'ALTER TABLE asset_versions DROP COLUMN filename, DROP COLUMN sha256, DROP COLUMN size, DROP COLUMN mime_type, DROP COLUMN note, DROP COLUMN upload_id',
    );
  }
}
