import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One table for what ingest's `media.probed` says about each version's file: version_media gains
 * the format, codec and technical description that search reads, takes them (and any probe it
 * lacks) from asset_media_facts, which is dropped.
 *
 * A probe found only in asset_media_facts brings its summary (kind, duration, size, rate); whether
 * it has a picture or sound is read from the streams of its description, or else from its kind.
 * Its start timecode and frame count stay unknown until the version is probed again. As when a
 * probe is consumed, one that names another asset than the version's row is ignored.
 */
export class MergeMediaFacts1764400000410 implements MigrationInterface {
  name = 'MergeMediaFacts1764400000410';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      ALTER TABLE version_media
        ADD COLUMN format text NOT NULL DEFAULT '',
        ADD COLUMN codec text NOT NULL DEFAULT '',
        ADD COLUMN technical jsonb`);
    await runner.query(`
      WITH facts AS (
        SELECT f.*,
          CASE WHEN jsonb_typeof(f.technical -> 'streams') = 'array' THEN f.technical -> 'streams' ELSE '[]'::jsonb END AS streams
        FROM asset_media_facts f
      )
      INSERT INTO version_media (version_id, asset_id, workspace_id, media_kind, format, codec, duration_seconds, width, height, frame_rate,
        has_video, has_audio, technical, probed_at)
      SELECT version_id, asset_id, workspace_id, media_kind, format, codec, duration_seconds, width, height, frame_rate,
        CASE WHEN jsonb_array_length(streams) > 0
          THEN EXISTS (SELECT 1 FROM jsonb_array_elements(streams) s WHERE s ->> 'type' = 'video' AND s -> 'attachedPicture' IS DISTINCT FROM 'true'::jsonb)
          ELSE media_kind = 'video' AND frame_rate IS NOT NULL END,
        CASE WHEN jsonb_array_length(streams) > 0
          THEN EXISTS (SELECT 1 FROM jsonb_array_elements(streams) s WHERE s ->> 'type' = 'audio')
          ELSE media_kind = 'audio' END,
        technical, probed_at
      FROM facts
      ON CONFLICT (version_id) DO UPDATE SET
        format = EXCLUDED.format,
        codec = EXCLUDED.codec,
        technical = EXCLUDED.technical,
        media_kind = CASE WHEN version_media.probed_at IS NULL THEN EXCLUDED.media_kind ELSE version_media.media_kind END,
        duration_seconds = CASE WHEN version_media.probed_at IS NULL THEN EXCLUDED.duration_seconds ELSE version_media.duration_seconds END,
        width = CASE WHEN version_media.probed_at IS NULL THEN EXCLUDED.width ELSE version_media.width END,
        height = CASE WHEN version_media.probed_at IS NULL THEN EXCLUDED.height ELSE version_media.height END,
        frame_rate = CASE WHEN version_media.probed_at IS NULL THEN EXCLUDED.frame_rate ELSE version_media.frame_rate END,
        has_video = CASE WHEN version_media.probed_at IS NULL THEN EXCLUDED.has_video ELSE version_media.has_video END,
        has_audio = CASE WHEN version_media.probed_at IS NULL THEN EXCLUDED.has_audio ELSE version_media.has_audio END,
        probed_at = coalesce(version_media.probed_at, EXCLUDED.probed_at)
      WHERE version_media.asset_id = EXCLUDED.asset_id`);
    await runner.query('DROP TABLE asset_media_facts');
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE asset_media_facts (
        version_id uuid PRIMARY KEY,
        asset_id uuid NOT NULL,
        workspace_id text NOT NULL,
        media_kind text NOT NULL,
        format text NOT NULL DEFAULT '',
        codec text NOT NULL DEFAULT '',
        duration_seconds double precision,
        width int,
        height int,
        frame_rate text,
        technical jsonb,
        probed_at timestamptz NOT NULL
      )`);
    await runner.query('CREATE INDEX asset_media_facts_asset ON asset_media_facts (asset_id)');
    await runner.query(`
      INSERT INTO asset_media_facts (version_id, asset_id, workspace_id, media_kind, format, codec, duration_seconds, width, height, frame_rate, technical, probed_at)
      SELECT version_id, asset_id, workspace_id, coalesce(media_kind, 'other'), format, codec, duration_seconds, width, height, frame_rate, technical, probed_at
      FROM version_media WHERE probed_at IS NOT NULL`);
    await runner.query('ALTER TABLE version_media DROP COLUMN format, DROP COLUMN codec, DROP COLUMN technical');
  }
}
