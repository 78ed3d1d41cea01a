import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Where a version's picture starts and how long it runs, in frames: the start timecode of the
 * source and its frame count, read from ingest's technical description. Frame-accurate review
 * (comments placed by timecode, frames beyond the end refused) needs both.
 */
export class AddVersionMediaTiming1764400000090 implements MigrationInterface {
  name = 'AddVersionMediaTiming1764400000090';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE asset_versions ADD COLUMN start_timecode text, ADD COLUMN duration_frames integer');
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE asset_versions DROP COLUMN start_timecode, DROP COLUMN duration_frames');
  }
}
