import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateApiKeys1764400000110 implements MigrationInterface {
  name = 'CreateApiKeys1764400000110';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE api_keys (
        id uuid PRIMARY KEY,
        workspace_id text NOT NULL,
        name text NOT NULL,
        role text NOT NULL CHECK (role IN ('admin', 'editor', 'reviewer', 'viewer')),
        key_hash text NOT NULL UNIQUE,
        created_by text NOT NULL,
        created_at timestamptz NOT NULL,
        revoked_at timestamptz
      )`);
    await runner.query('CREATE INDEX api_keys_workspace ON api_keys (workspace_id, created_at)');
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE api_keys');
  }
}
