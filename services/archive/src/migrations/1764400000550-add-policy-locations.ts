import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A policy can name the archive locations its copies go to (null: the first ARCHIVE_COPIES configured). */
export class AddPolicyLocations1764400000550 implements MigrationInterface {
  name = 'AddPolicyLocations1764400000550';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(
      `ALTER TABLE archive_policies ADD COLUMN locations text[] CHECK (locations IS NULL OR cardinality(locations) BETWEEN 1 AND 10)`,
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE archive_policies DROP COLUMN locations');
  }
}
