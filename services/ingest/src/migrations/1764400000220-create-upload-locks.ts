import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Which ingest instance is writing an upload right now: a lease, renewed while the request lasts. */
export class CreateUploadLocks1764400000220 implements MigrationInterface {
  name = 'CreateUploadLocks1764400000220';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE upload_locks (
        upload_id text PRIMARY KEY,
        holder uuid NOT NULL,
        expires_at timestamptz NOT NULL
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE upload_locks');
  }
}
