import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Asset type, check-out locks, metadata values, and the workspace's metadata fields and schemas. */
export class AddLocksAndMetadata1764400000130 implements MigrationInterface {
  name = 'AddLocksAndMetadata1764400000130';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      ALTER TABLE assets
        ADD COLUMN type text,
        ADD COLUMN lock_holder text,
        ADD COLUMN lock_acquired_at timestamptz,
        ADD COLUMN lock_expires_at timestamptz,
        ADD COLUMN metadata jsonb NOT NULL DEFAULT '{}',
        ADD CONSTRAINT assets_lock_whole CHECK ((lock_holder IS NULL) = (lock_expires_at IS NULL) AND (lock_holder IS NULL) = (lock_acquired_at IS NULL))`);
    await runner.query(`
      CREATE TABLE metadata_fields (
        id uuid PRIMARY KEY,
        workspace_id text NOT NULL,
        key text NOT NULL CHECK (key ~ '^[a-z][a-z0-9_]{0,62}$'),
        label text NOT NULL,
        type text NOT NULL,
        choices jsonb,
        required boolean NOT NULL DEFAULT false,
        description text,
        created_by text NOT NULL,
        created_at timestamptz NOT NULL,
        UNIQUE (workspace_id, key)
      )`);
    await runner.query(`
      CREATE TABLE metadata_schemas (
        id uuid PRIMARY KEY,
        workspace_id text NOT NULL,
        name text NOT NULL,
        asset_types text[] NOT NULL,
        field_keys text[] NOT NULL,
        created_by text NOT NULL,
        created_at timestamptz NOT NULL,
        UNIQUE (workspace_id, name)
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE metadata_schemas');
    await runner.query('DROP TABLE metadata_fields');
    await runner.query(
      'ALTER TABLE assets DROP CONSTRAINT assets_lock_whole, DROP COLUMN type, DROP COLUMN lock_holder, DROP COLUMN lock_acquired_at, DROP COLUMN lock_expires_at, DROP COLUMN metadata',
    );
  }
}
