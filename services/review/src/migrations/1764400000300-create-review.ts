import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateReview1764400000300 implements MigrationInterface {
  name = 'CreateReview1764400000300';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE asset_reviews (
        asset_id uuid PRIMARY KEY REFERENCES asset_access(asset_id),
        workspace_id text NOT NULL,
        status text NOT NULL CHECK (status IN ('PENDING', 'IN_REVIEW', 'CHANGES_REQUESTED', 'APPROVED')),
        opened_at timestamptz NOT NULL
      )`);
    await runner.query(`
      CREATE TABLE review_audit (
        id bigserial PRIMARY KEY,
        asset_id uuid NOT NULL REFERENCES asset_access(asset_id),
        event_id uuid,
        action text NOT NULL,
        actor text NOT NULL,
        at timestamptz NOT NULL
      )`);
    await runner.query('CREATE INDEX review_audit_asset ON review_audit (asset_id, id)');
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE review_audit');
    await runner.query('DROP TABLE asset_reviews');
  }
}
