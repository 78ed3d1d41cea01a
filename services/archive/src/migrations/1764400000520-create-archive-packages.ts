import type { MigrationInterface, QueryRunner } from 'typeorm';
import { jobsTableStatements } from '@mam/jobs';

/**
 * Archive packages (bags), their files as the manifests list them, their copies on locations,
 * every fixity check, legal holds, the job table, and an audit that a trigger keeps append-only.
 */
export class CreateArchivePackages1764400000520 implements MigrationInterface {
  name = 'CreateArchivePackages1764400000520';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE archive_assets ADD COLUMN workspace_id text, ADD COLUMN title text');
    await runner.query(`
      CREATE TABLE archive_packages (
        id uuid PRIMARY KEY,
        asset_id uuid NOT NULL,
        workspace_id text NOT NULL,
        version_ids uuid[] NOT NULL,
        payload_bytes bigint NOT NULL,
        created_by text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query('CREATE INDEX archive_packages_asset ON archive_packages (asset_id, created_at)');
    await runner.query(`
      CREATE TABLE archive_files (
        package_id uuid NOT NULL REFERENCES archive_packages(id),
        path text NOT NULL,
        sha256 text NOT NULL,
        size bigint NOT NULL,
        version_id uuid,
        PRIMARY KEY (package_id, path)
      )`);
    await runner.query(`
      CREATE TABLE archive_copies (
        id uuid PRIMARY KEY,
        package_id uuid NOT NULL REFERENCES archive_packages(id),
        location text NOT NULL,
        bag text NOT NULL,
        status text NOT NULL CHECK (status IN ('good', 'corrupt')),
        last_fixity_at timestamptz,
        last_fixity_result text CHECK (last_fixity_result IN ('ok', 'repaired', 'failed')),
        fixity_claimed_until timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (package_id, location)
      )`);
    await runner.query(`
      CREATE TABLE fixity_checks (
        id bigserial PRIMARY KEY,
        copy_id uuid NOT NULL REFERENCES archive_copies(id),
        checked_at timestamptz NOT NULL DEFAULT now(),
        result text NOT NULL CHECK (result IN ('ok', 'repaired', 'failed')),
        files integer NOT NULL,
        bytes bigint NOT NULL,
        detail text
      )`);
    await runner.query('CREATE INDEX fixity_checks_copy ON fixity_checks (copy_id, checked_at)');
    await runner.query(`
      CREATE TABLE legal_holds (
        id uuid PRIMARY KEY,
        asset_id uuid NOT NULL,
        reason text NOT NULL,
        placed_by text NOT NULL,
        placed_at timestamptz NOT NULL DEFAULT now(),
        released_by text,
        released_at timestamptz
      )`);
    await runner.query('CREATE UNIQUE INDEX legal_holds_active ON legal_holds (asset_id) WHERE released_at IS NULL');
    await runner.query(`
      CREATE TABLE archive_audit (
        id bigserial PRIMARY KEY,
        at timestamptz NOT NULL DEFAULT now(),
        asset_id uuid,
        actor text NOT NULL,
        action text NOT NULL,
        detail jsonb NOT NULL DEFAULT '{}'
      )`);
    await runner.query('CREATE INDEX archive_audit_asset ON archive_audit (asset_id, id)');
    await runner.query(`
      CREATE FUNCTION archive_audit_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'archive_audit is append-only: % refused', TG_OP;
      END $$`);
    await runner.query(`CREATE TRIGGER archive_audit_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON archive_audit
      FOR EACH STATEMENT EXECUTE FUNCTION archive_audit_is_append_only()`);
    for (const statement of jobsTableStatements('archive_jobs')) await runner.query(statement);
    await runner.query('ALTER TABLE archive_jobs ADD COLUMN asset_id uuid');
    await runner.query('CREATE INDEX archive_jobs_asset ON archive_jobs (asset_id, created_at)');
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const table of [
      'archive_jobs',
      'archive_audit',
      'legal_holds',
      'fixity_checks',
      'archive_copies',
      'archive_files',
      'archive_packages',
    ])
      await runner.query(`DROP TABLE ${table}`);
    await runner.query('DROP FUNCTION archive_audit_is_append_only');
    await runner.query('ALTER TABLE archive_assets DROP COLUMN workspace_id, DROP COLUMN title');
  }
}
