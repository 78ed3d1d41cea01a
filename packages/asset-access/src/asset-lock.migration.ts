import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Each asset's check-out lock as assets' `asset.updated` last told it, with the revision it came at. */
export class AddAssetLock1764400000070 implements MigrationInterface {
  name = 'AddAssetLock1764400000070';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(
      'ALTER TABLE asset_access ADD COLUMN lock_holder text, ADD COLUMN lock_expires_at timestamptz, ADD COLUMN asset_revision bigint NOT NULL DEFAULT 0',
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(
      'ALTER TABLE asset_access DROP COLUMN lock_holder, DROP COLUMN lock_expires_at, DROP COLUMN asset_revision',
    );
  }
}
