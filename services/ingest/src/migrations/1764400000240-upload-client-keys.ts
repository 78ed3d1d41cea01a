import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An uploader's own key for an upload (Idempotency-Key, or metadata `fingerprint`): a second
 * creation with it answers the first upload. Uploads can now also be terminated by their client.
 */
export class UploadClientKeys1764400000240 implements MigrationInterface {
  name = 'UploadClientKeys1764400000240';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE uploads ADD COLUMN client_key text');
    await runner.query('ALTER TABLE uploads DROP CONSTRAINT uploads_status_check');
    await runner.query(
      `ALTER TABLE uploads ADD CONSTRAINT uploads_status_check CHECK (status IN ('uploading', 'received', 'stored', 'failed', 'expired', 'terminated'))`,
    );
    await runner.query(
      `CREATE UNIQUE INDEX uploads_client_key ON uploads (workspace_id, uploaded_by, client_key) WHERE client_key IS NOT NULL AND status NOT IN ('expired', 'terminated')`,
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP INDEX uploads_client_key');
    await runner.query(`DELETE FROM uploads WHERE status = 'terminated'`);
    await runner.query('ALTER TABLE uploads DROP CONSTRAINT uploads_status_check');
    await runner.query(
      `ALTER TABLE uploads ADD CONSTRAINT uploads_status_check CHECK (status IN ('uploading', 'received', 'stored', 'failed', 'expired'))`,
    );
    await runner.query('ALTER TABLE uploads DROP COLUMN client_key');
  }
}
