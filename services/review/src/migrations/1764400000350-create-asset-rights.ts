import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Each asset's rights (its rights_* metadata, from assets' `asset.updated`), for the gate on guests' master downloads. */
export class CreateAssetRights1764400000350 implements MigrationInterface {
  name = 'CreateAssetRights1764400000350';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE asset_rights (
        asset_id uuid PRIMARY KEY,
        workspace_id text NOT NULL,
        revision bigint NOT NULL,
        rights jsonb NOT NULL DEFAULT '{}',
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE asset_rights');
  }
}
