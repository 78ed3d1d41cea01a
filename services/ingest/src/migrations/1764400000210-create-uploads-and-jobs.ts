import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateUploadsAndJobs1764400000210 implements MigrationInterface {
  name = 'CreateUploadsAndJobs1764400000210';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE ingest_assets ADD COLUMN status_reason text');
    await runner.query(`
      CREATE TABLE uploads (
        id text PRIMARY KEY,
        source text NOT NULL CHECK (source IN ('tus', 'watch-folder', 'mutation')),
        asset_id uuid NOT NULL,
        version_id uuid NOT NULL UNIQUE,
        workspace_id text NOT NULL,
        new_asset boolean NOT NULL,
        filename text NOT NULL,
        title text,
        note text,
        collection_id text,
        uploaded_by text NOT NULL,
        status text NOT NULL CHECK (status IN ('uploading', 'received', 'stored', 'failed', 'expired')),
        size bigint,
        sha256 text,
        mime_type text,
        media_kind text,
        master_key text,
        failure_reason text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query('CREATE INDEX uploads_asset ON uploads (asset_id, created_at)');
    await runner.query(`
      CREATE TABLE technical_metadata (
        version_id uuid PRIMARY KEY,
        asset_id uuid NOT NULL,
        media_kind text NOT NULL,
        mime_type text NOT NULL,
        metadata jsonb,
        error text,
        probed_at timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query(`
      CREATE TABLE rendition_jobs (
        id uuid PRIMARY KEY,
        asset_id uuid NOT NULL,
        version_id uuid NOT NULL,
        kind text NOT NULL,
        status text NOT NULL CHECK (status IN ('queued', 'running', 'ready', 'failed')),
        progress real NOT NULL DEFAULT 0,
        attempts int NOT NULL DEFAULT 0,
        reason text,
        worker text,
        lease_expires_at timestamptz,
        output jsonb,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (version_id, kind)
      )`);
    await runner.query('CREATE INDEX rendition_jobs_asset ON rendition_jobs (asset_id)');
    await runner.query(
      `CREATE INDEX rendition_jobs_open ON rendition_jobs (updated_at) WHERE status IN ('queued', 'running')`,
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE rendition_jobs');
    await runner.query('DROP TABLE technical_metadata');
    await runner.query('DROP TABLE uploads');
    await runner.query('ALTER TABLE ingest_assets DROP COLUMN status_reason');
  }
}
