import type { MigrationInterface, QueryRunner } from 'typeorm';
import { jobsTableStatements } from '@mam/jobs';

/** In-app notifications of mentions, and review's job table (emails to people mentioned). */
export class CreateReviewNotifications1764400000330 implements MigrationInterface {
  name = 'CreateReviewNotifications1764400000330';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE review_notifications (
        id uuid PRIMARY KEY,
        workspace_id text NOT NULL,
        recipient text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('MENTION')),
        asset_id uuid NOT NULL,
        version_id uuid NOT NULL,
        comment_id uuid NOT NULL REFERENCES review_comments(id),
        actor text NOT NULL,
        actor_name text NOT NULL,
        excerpt text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        read_at timestamptz
      )`);
    await runner.query(
      'CREATE INDEX review_notifications_recipient ON review_notifications (workspace_id, recipient, created_at DESC)',
    );
    for (const statement of jobsTableStatements('review_jobs')) await runner.query(statement);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE review_jobs');
    await runner.query('DROP TABLE review_notifications');
  }
}
