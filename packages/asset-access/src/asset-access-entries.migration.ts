import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Who may see each asset (assets' `asset.access-changed`), kept beside its workspace. */
export class AddAssetAccessEntries1764400000060 implements MigrationInterface {
  name = 'AddAssetAccessEntries1764400000060';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(
      `ALTER TABLE asset_access ADD COLUMN entries jsonb NOT NULL DEFAULT '[]', ADD COLUMN access_revision bigint NOT NULL DEFAULT 0`,
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE asset_access DROP COLUMN entries, DROP COLUMN access_revision');
  }
}
