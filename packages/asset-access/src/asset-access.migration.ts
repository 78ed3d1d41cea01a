import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The local projection of asset ownership each non-owning service keeps (fed by the assets
 * topic), so it can enforce workspace boundaries without reading the assets database.
 */
export class CreateAssetAccess1764400000050 implements MigrationInterface {
  name = 'CreateAssetAccess1764400000050';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE asset_access (
        asset_id uuid PRIMARY KEY,
        workspace_id text NOT NULL,
        registered_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE asset_access');
  }
}
