import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Distribution state per version: it is a version that gets approved and delivered. */
export class CreateVersionDistributions1764400000410 implements MigrationInterface {
  name = 'CreateVersionDistributions1764400000410';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE version_distributions (
        version_id uuid PRIMARY KEY REFERENCES asset_versions(version_id),
        asset_id uuid NOT NULL,
        status text NOT NULL CHECK (status IN ('AWAITING_APPROVAL', 'SCHEDULED', 'DELIVERING', 'DELIVERED', 'FAILED')),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE version_distributions');
  }
}
