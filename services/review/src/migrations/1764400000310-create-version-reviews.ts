import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Review state per version: approvals belong to a version, never to the asset as a whole. */
export class CreateVersionReviews1764400000310 implements MigrationInterface {
  name = 'CreateVersionReviews1764400000310';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE version_reviews (
        version_id uuid PRIMARY KEY REFERENCES asset_versions(version_id),
        asset_id uuid NOT NULL,
        status text NOT NULL CHECK (status IN ('PENDING', 'IN_REVIEW', 'CHANGES_REQUESTED', 'APPROVED')),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE version_reviews');
  }
}
