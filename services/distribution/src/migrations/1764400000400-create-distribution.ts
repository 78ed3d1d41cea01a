import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateDistribution1764400000400 implements MigrationInterface {
  name = 'CreateDistribution1764400000400';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE distribution_assets (
        asset_id uuid PRIMARY KEY REFERENCES asset_access(asset_id),
        distribution_status text NOT NULL CHECK (distribution_status IN ('AWAITING_APPROVAL', 'SCHEDULED', 'DELIVERING', 'DELIVERED', 'FAILED')),
        updated_at timestamptz NOT NULL
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE distribution_assets');
  }
}
