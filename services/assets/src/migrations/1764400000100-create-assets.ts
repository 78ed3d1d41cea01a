import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateAssets1764400000100 implements MigrationInterface {
  name = 'CreateAssets1764400000100';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE assets (
        id uuid PRIMARY KEY,
        workspace_id text NOT NULL,
        title text NOT NULL,
        description text,
        created_by text NOT NULL,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        revision int NOT NULL DEFAULT 1,
        current_version_id uuid
      )`);
    // Asset ids are UUIDv7 (time ordered), so (workspace_id, id) serves newest-first keyset pages.
    await runner.query('CREATE INDEX assets_workspace_id ON assets (workspace_id, id DESC)');
    await runner.query(`
      CREATE TABLE asset_versions (
        id uuid PRIMARY KEY,
        asset_id uuid NOT NULL REFERENCES assets(id),
        number int NOT NULL,
        created_by text NOT NULL,
        created_at timestamptz NOT NULL,
        UNIQUE (asset_id, number)
      )`);
    await runner.query(
      'ALTER TABLE assets ADD CONSTRAINT assets_current_version FOREIGN KEY (current_version_id) REFERENCES asset_versions(id)',
    );
    // Full-text search of embedded mode (Elasticsearch serves it otherwise).
    await runner.query(`
      CREATE TABLE asset_search (
        asset_id uuid PRIMARY KEY REFERENCES assets(id),
        workspace_id text NOT NULL,
        title text NOT NULL,
        description text NOT NULL DEFAULT '',
        document tsvector GENERATED ALWAYS AS (setweight(to_tsvector('simple', title), 'A') || setweight(to_tsvector('simple', description), 'B')) STORED
      )`);
    await runner.query('CREATE INDEX asset_search_document ON asset_search USING gin (document)');
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE asset_search');
    await runner.query('ALTER TABLE assets DROP CONSTRAINT assets_current_version');
    await runner.query('DROP TABLE asset_versions');
    await runner.query('DROP TABLE assets');
  }
}
