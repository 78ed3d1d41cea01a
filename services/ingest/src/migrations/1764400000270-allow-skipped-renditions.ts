import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A rendition that does not apply to its media (no renderer for the type) ends `skipped`, with a reason. */
export class AllowSkippedRenditions1764400000270 implements MigrationInterface {
  name = 'AllowSkippedRenditions1764400000270';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE rendition_jobs DROP CONSTRAINT rendition_jobs_status_check');
    await runner.query(
      `ALTER TABLE rendition_jobs ADD CONSTRAINT rendition_jobs_status_check CHECK (status IN ('queued', 'running', 'ready', 'failed', 'skipped'))`,
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`UPDATE rendition_jobs SET status = 'failed' WHERE status = 'skipped'`);
    await runner.query('ALTER TABLE rendition_jobs DROP CONSTRAINT rendition_jobs_status_check');
    await runner.query(
      `ALTER TABLE rendition_jobs ADD CONSTRAINT rendition_jobs_status_check CHECK (status IN ('queued', 'running', 'ready', 'failed'))`,
    );
  }
}
