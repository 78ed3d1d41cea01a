import type { MigrationInterface, QueryRunner } from 'typeorm';

/** People's passwords for desktop clients (the WebDAV drive): per person, revocable, stored only as a SHA-256 hash of 256 random bits. */
export class CreateAppPasswords1764400000700 implements MigrationInterface {
  name = 'CreateAppPasswords1764400000700';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE app_passwords (
        id uuid PRIMARY KEY,
        workspace_id text NOT NULL,
        subject text NOT NULL,
        name text NOT NULL,
        secret_hash text NOT NULL UNIQUE,
        created_at timestamptz NOT NULL,
        revoked_at timestamptz
      )`);
    await runner.query('CREATE INDEX app_passwords_owner ON app_passwords (workspace_id, subject, created_at)');
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE app_passwords');
  }
}
