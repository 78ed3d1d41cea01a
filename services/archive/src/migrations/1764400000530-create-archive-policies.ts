import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What archive learns about assets from others' events (collections, title changes, review
 * decisions) for policies and the packages' event log; archive policies; retention of packages.
 */
export class CreateArchivePolicies1764400000530 implements MigrationInterface {
  name = 'CreateArchivePolicies1764400000530';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE archive_assets ADD COLUMN collection_ids uuid[] NOT NULL DEFAULT '{}'`);
    await runner.query(`
      CREATE TABLE asset_life_events (
        id bigserial PRIMARY KEY,
        asset_id uuid NOT NULL,
        version_id uuid,
        type text NOT NULL,
        actor text NOT NULL,
        detail text NOT NULL,
        occurred_at timestamptz NOT NULL
      )`);
    await runner.query('CREATE INDEX asset_life_events_asset ON asset_life_events (asset_id, occurred_at)');
    await runner.query(`
      CREATE TABLE archive_policies (
        id uuid PRIMARY KEY,
        workspace_id text NOT NULL,
        name text NOT NULL,
        collection_id uuid,
        older_than_days integer CHECK (older_than_days >= 0),
        retention_days integer CHECK (retention_days >= 0),
        created_by text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (workspace_id, name)
      )`);
    await runner.query(
      'ALTER TABLE archive_packages ADD COLUMN policy_id uuid, ADD COLUMN retain_until timestamptz, ADD COLUMN purged_at timestamptz',
    );
    await runner.query('ALTER TABLE archive_copies DROP CONSTRAINT archive_copies_status_check');
    await runner.query(
      `ALTER TABLE archive_copies ADD CONSTRAINT archive_copies_status_check CHECK (status IN ('good', 'corrupt', 'purged'))`,
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(
      'ALTER TABLE archive_packages DROP COLUMN policy_id, DROP COLUMN retain_until, DROP COLUMN purged_at',
    );
    await runner.query('DROP TABLE archive_policies');
    await runner.query('DROP TABLE asset_life_events');
    await runner.query('ALTER TABLE archive_assets DROP COLUMN collection_ids');
  }
}
