import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Free-form tags of an asset, for search, filters and facets. */
export class AddAssetTags1764400000300 implements MigrationInterface {
  name = 'AddAssetTags1764400000300';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE assets ADD COLUMN tags text[] NOT NULL DEFAULT '{}'`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE assets DROP COLUMN tags');
  }
}
