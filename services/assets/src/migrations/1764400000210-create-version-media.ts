import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Local projection of ingest's facts about each version's media (probe and proxy). No foreign key
 * to asset_versions: ingest's events may arrive before the upload has become a version here.
 */
export class CreateVersionMedia1764400000210 implements MigrationInterface {
  name = 'CreateVersionMedia1764400000210';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE version_media (
        version_id uuid PRIMARY KEY,
        asset_id uuid NOT NULL,
        workspace_id text NOT NULL,
        media_kind text,
        frame_rate text,
        duration_seconds double precision,
        duration_frames int,
        start_timecode text,
        width int,
        height int,
        has_video boolean NOT NULL DEFAULT false,
        has_audio boolean NOT NULL DEFAULT false,
        audio_channels int,
        audio_rate int,
        probed_at timestamptz,
        proxy_key text,
        proxy_kind text,
        proxy_ready_at timestamptz
      )`);
    await runner.query('CREATE INDEX version_media_asset ON version_media (asset_id)');
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE version_media');
  }
}
