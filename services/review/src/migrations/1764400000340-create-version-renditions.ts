import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Which proxy and poster ingest made of each version (from its rendition events), to hand reviewers and guests their media. */
export class CreateVersionRenditions1764400000340 implements MigrationInterface {
  name = 'CreateVersionRenditions1764400000340';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE version_renditions (
        version_id uuid NOT NULL,
        kind text NOT NULL,
        asset_id uuid NOT NULL,
        workspace_id text NOT NULL,
        status text NOT NULL CHECK (status IN ('ready', 'failed')),
        storage_key text,
        reason text,
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (version_id, kind)
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE version_renditions');
  }
}
