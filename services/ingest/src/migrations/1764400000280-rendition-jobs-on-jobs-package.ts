import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `rendition_jobs` becomes ingest's job table of packages/jobs: each job gets its key (the version)
 * and payload, and may be cancelled. Existing rows are kept and filled in.
 */
export class RenditionJobsOnJobsPackage1764400000280 implements MigrationInterface {
  name = 'RenditionJobsOnJobsPackage1764400000280';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE rendition_jobs ADD COLUMN key text');
    await runner.query(`ALTER TABLE rendition_jobs ADD COLUMN payload jsonb NOT NULL DEFAULT '{}'`);
    await runner.query(
      `UPDATE rendition_jobs SET key = version_id::text, payload = jsonb_build_object('assetId', asset_id, 'versionId', version_id)`,
    );
    await runner.query('CREATE UNIQUE INDEX rendition_jobs_kind_key ON rendition_jobs (kind, key)');
    await runner.query('ALTER TABLE rendition_jobs DROP CONSTRAINT rendition_jobs_status_check');
    await runner.query(
      `ALTER TABLE rendition_jobs ADD CONSTRAINT rendition_jobs_status_check CHECK (status IN ('queued', 'running', 'ready', 'failed', 'skipped', 'cancelled'))`,
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`UPDATE rendition_jobs SET status = 'failed' WHERE status = 'cancelled'`);
    await runner.query('ALTER TABLE rendition_jobs DROP CONSTRAINT rendition_jobs_status_check');
    await runner.query(
      `ALTER TABLE rendition_jobs ADD CONSTRAINT rendition_jobs_status_check CHECK (status IN ('queued', 'running', 'ready', 'failed', 'skipped'))`,
    );
    await runner.query('DROP INDEX rendition_jobs_kind_key');
    await runner.query('ALTER TABLE rendition_jobs DROP COLUMN payload');
    await runner.query('ALTER TABLE rendition_jobs DROP COLUMN key');
  }
}
