import type { MigrationInterface, QueryRunner } from 'typeorm';

const DOCUMENT = `
  setweight(to_tsvector('simple', title), 'A')
  || setweight(to_tsvector('simple', filenames || ' ' || regexp_replace(filenames, '[^[:alnum:]]+', ' ', 'g')), 'B')
  || setweight(to_tsvector('simple', description), 'B')
  || setweight(to_tsvector('simple', metadata), 'C')`;

/** Embedded-mode search also matches version file names (whole, and split into words) and metadata values. */
export class ExtendAssetSearch1764400000140 implements MigrationInterface {
  name = 'ExtendAssetSearch1764400000140';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(
      `ALTER TABLE asset_search ADD COLUMN filenames text NOT NULL DEFAULT '', ADD COLUMN metadata text NOT NULL DEFAULT ''`,
    );
    await runner.query('ALTER TABLE asset_search DROP COLUMN document');
    await runner.query(
      `ALTER TABLE asset_search ADD COLUMN document tsvector GENERATED ALWAYS AS (${DOCUMENT}) STORED`,
    );
    await runner.query('CREATE INDEX asset_search_document ON asset_search USING gin (document)');
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE asset_search DROP COLUMN document');
    await runner.query(
      `ALTER TABLE asset_search ADD COLUMN document tsvector GENERATED ALWAYS AS (setweight(to_tsvector('simple', title), 'A') || setweight(to_tsvector('simple', description), 'B')) STORED`,
    );
    await runner.query('CREATE INDEX asset_search_document ON asset_search USING gin (document)');
    await runner.query('ALTER TABLE asset_search DROP COLUMN filenames, DROP COLUMN metadata');
  }
}
