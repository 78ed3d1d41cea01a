import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What packages' sidecars carry, learned from others' events: an asset's description, tags and
 * metadata values (assets), the comments on its versions (review) and its deliveries
 * (distribution). Policies gain triggers: a metadata value, days after a delivery, a schedule.
 */
export class CreateArchiveSidecarFacts1764400000540 implements MigrationInterface {
  name = 'CreateArchiveSidecarFacts1764400000540';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(
      `ALTER TABLE archive_assets ADD COLUMN description text NOT NULL DEFAULT '', ADD COLUMN tags text[] NOT NULL DEFAULT '{}', ADD COLUMN metadata jsonb NOT NULL DEFAULT '{}'`,
    );
    await runner.query(`
      CREATE TABLE asset_comments (
        comment_id uuid PRIMARY KEY,
        asset_id uuid NOT NULL,
        version_id uuid,
        author text NOT NULL,
        body text NOT NULL,
        frame_in bigint,
        frame_out bigint,
        timecode text NOT NULL,
        frame_rate text NOT NULL,
        internal boolean NOT NULL,
        posted_at timestamptz NOT NULL,
        removed_at timestamptz
      )`);
    await runner.query('CREATE INDEX asset_comments_asset ON asset_comments (asset_id, posted_at)');
    await runner.query(`
      CREATE TABLE asset_deliveries (
        delivery_id uuid PRIMARY KEY,
        asset_id uuid NOT NULL,
        version_id uuid,
        rule_id text NOT NULL,
        destination_ids text[] NOT NULL,
        outputs jsonb NOT NULL,
        completed_at timestamptz NOT NULL
      )`);
    await runner.query('CREATE INDEX asset_deliveries_asset ON asset_deliveries (asset_id, completed_at)');
    await runner.query(`
      ALTER TABLE archive_policies
        ADD COLUMN metadata_field text,
        ADD COLUMN metadata_value jsonb,
        ADD COLUMN days_after_delivery integer CHECK (days_after_delivery >= 0),
        ADD COLUMN every_minutes integer CHECK (every_minutes > 0),
        ADD COLUMN next_run_at timestamptz,
        ADD CONSTRAINT archive_policies_metadata_pair CHECK ((metadata_field IS NULL) = (metadata_value IS NULL))`);
    await runner.query(
      'CREATE INDEX archive_policies_due ON archive_policies (next_run_at) WHERE every_minutes IS NOT NULL',
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(
      'ALTER TABLE archive_policies DROP CONSTRAINT archive_policies_metadata_pair, DROP COLUMN metadata_field, DROP COLUMN metadata_value, DROP COLUMN days_after_delivery, DROP COLUMN every_minutes, DROP COLUMN next_run_at',
    );
    await runner.query('DROP TABLE asset_deliveries');
    await runner.query('DROP TABLE asset_comments');
    await runner.query('ALTER TABLE archive_assets DROP COLUMN description, DROP COLUMN tags, DROP COLUMN metadata');
  }
}
