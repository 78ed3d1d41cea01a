import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Nested collections (manual, or smart: a saved search) and the ordered assets of manual ones. */
export class CreateCollections1764400000200 implements MigrationInterface {
  name = 'CreateCollections1764400000200';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE collections (
        id uuid PRIMARY KEY,
        workspace_id text NOT NULL,
        parent_id uuid REFERENCES collections(id),
        name text NOT NULL,
        description text,
        kind text NOT NULL CHECK (kind IN ('MANUAL', 'SMART')),
        saved_query text,
        saved_filters jsonb,
        position bigint NOT NULL,
        created_by text NOT NULL,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        revision int NOT NULL DEFAULT 1,
        CONSTRAINT collections_not_own_parent CHECK (parent_id <> id),
        CONSTRAINT collections_smart_has_query CHECK ((kind = 'SMART') = (saved_query IS NOT NULL)),
        CONSTRAINT collections_filters_of_smart CHECK (kind = 'SMART' OR saved_filters IS NULL)
      )`);
    await runner.query('CREATE INDEX collections_siblings ON collections (workspace_id, parent_id, position, id)');
    await runner.query('CREATE INDEX collections_parent ON collections (parent_id)');
    await runner.query(`
      CREATE TABLE collection_assets (
        collection_id uuid NOT NULL REFERENCES collections(id) ON DELETE CASCADE,
        asset_id uuid NOT NULL REFERENCES assets(id),
        position bigint NOT NULL,
        added_by text NOT NULL,
        added_at timestamptz NOT NULL,
        PRIMARY KEY (collection_id, asset_id)
      )`);
    await runner.query('CREATE INDEX collection_assets_order ON collection_assets (collection_id, position, asset_id)');
    await runner.query('CREATE INDEX collection_assets_asset ON collection_assets (asset_id)');
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE collection_assets');
    await runner.query('DROP TABLE collections');
  }
}
