import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The review comments search finds assets by, as review's events describe them (review owns
 * them): only comments everyone who may see the asset may read, never internal ones; a removed
 * comment stays as a marker so a late copy of an earlier event cannot bring it back. Search
 * segments keep the timecode a comment was placed at, as review shows it.
 */
export class CreateReviewCommentProjection1764400000600 implements MigrationInterface {
  name = 'CreateReviewCommentProjection1764400000600';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE review_comments (
        comment_id uuid PRIMARY KEY,
        asset_id uuid NOT NULL,
        version_id uuid NOT NULL,
        workspace_id text NOT NULL,
        body text NOT NULL,
        frame_in bigint NOT NULL,
        frame_out bigint NOT NULL,
        timecode text NOT NULL,
        frame_rate text NOT NULL,
        updated_at timestamptz NOT NULL,
        removed_at timestamptz
      )`);
    await runner.query('CREATE INDEX review_comments_asset ON review_comments (asset_id, frame_in, comment_id)');
    await runner.query('ALTER TABLE asset_search_segments ADD COLUMN timecode text');
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE asset_search_segments DROP COLUMN timecode');
    await runner.query('DROP TABLE review_comments');
  }
}
