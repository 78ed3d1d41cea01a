import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Storage sources (a local or NAS folder, an SFTP folder, an S3 bucket and prefix) scanned for media,
 * the files each scan found, and the source an upload came from when its master stays in place.
 */
export class CreateStorageSources1764400000290 implements MigrationInterface {
  name = 'CreateStorageSources1764400000290';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE storage_sources (
        id uuid PRIMARY KEY,
        workspace_id text NOT NULL,
        name text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('local', 'sftp', 's3')),
        settings jsonb NOT NULL,
        sealed_secret text,
        mode text NOT NULL CHECK (mode IN ('in-place', 'copy')),
        schedule_minutes integer,
        watch boolean NOT NULL DEFAULT false,
        created_by text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        scan_state text NOT NULL DEFAULT 'idle' CHECK (scan_state IN ('idle', 'scanning', 'failed')),
        scan_id uuid,
        scan_cursor text,
        scan_listed integer NOT NULL DEFAULT 0,
        scan_queued integer NOT NULL DEFAULT 0,
        scan_missing integer NOT NULL DEFAULT 0,
        scan_started_at timestamptz,
        scan_finished_at timestamptz,
        scan_error text,
        scan_requested_at timestamptz,
        next_scan_at timestamptz,
        lease_holder text,
        lease_expires_at timestamptz,
        UNIQUE (workspace_id, name)
      )`);
    await runner.query(`
      CREATE TABLE source_objects (
        source_id uuid NOT NULL REFERENCES storage_sources (id) ON DELETE CASCADE,
        path text NOT NULL,
        size bigint NOT NULL,
        modified_at timestamptz,
        etag text,
        seen_scan uuid NOT NULL,
        state text NOT NULL DEFAULT 'present' CHECK (state IN ('present', 'missing')),
        missing_since timestamptz,
        asset_id uuid,
        version_id uuid,
        PRIMARY KEY (source_id, path)
      )`);
    await runner.query('CREATE INDEX source_objects_asset ON source_objects (asset_id)');
    await runner.query('CREATE INDEX source_objects_unseen ON source_objects (source_id, seen_scan)');
    await runner.query(
      'ALTER TABLE uploads ADD COLUMN source_id uuid, ADD COLUMN source_path text, ADD COLUMN source_modified_at timestamptz, ADD COLUMN source_etag text, ADD COLUMN in_place boolean NOT NULL DEFAULT false',
    );
    await runner.query('ALTER TABLE uploads DROP CONSTRAINT uploads_source_check');
    await runner.query(
      `ALTER TABLE uploads ADD CONSTRAINT uploads_source_check CHECK (source IN ('tus', 'watch-folder', 'mutation', 'storage-source'))`,
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DELETE FROM uploads WHERE source = 'storage-source'`);
    await runner.query('ALTER TABLE uploads DROP CONSTRAINT uploads_source_check');
    await runner.query(
      `ALTER TABLE uploads ADD CONSTRAINT uploads_source_check CHECK (source IN ('tus', 'watch-folder', 'mutation'))`,
    );
    await runner.query(
      'ALTER TABLE uploads DROP COLUMN source_id, DROP COLUMN source_path, DROP COLUMN source_modified_at, DROP COLUMN source_etag, DROP COLUMN in_place',
    );
    await runner.query('DROP TABLE source_objects');
    await runner.query('DROP TABLE storage_sources');
  }
}
