import type { MigrationInterface, QueryRunner } from 'typeorm';

const DOCUMENT = `
  setweight(to_tsvector('simple', title), 'A')
  || setweight(to_tsvector('simple', filenames || ' ' || regexp_replace(filenames, '[^[:alnum:]]+', ' ', 'g')), 'B')
  || setweight(to_tsvector('simple', tags_text), 'B')
  || setweight(to_tsvector('simple', description), 'B')
  || setweight(to_tsvector('simple', metadata), 'C')
  || setweight(to_tsvector('simple', technical), 'D')`;

const PREVIOUS_DOCUMENT = `
  setweight(to_tsvector('simple', title), 'A')
  || setweight(to_tsvector('simple', filenames || ' ' || regexp_replace(filenames, '[^[:alnum:]]+', ' ', 'g')), 'B')
  || setweight(to_tsvector('simple', description), 'B')
  || setweight(to_tsvector('simple', metadata), 'C')`;

/**
 * Embedded-mode search gains what Elasticsearch has: dates, type, tags, typed metadata values,
 * media facts and technical words for filters, facets and sorting, and time-based segments.
 */
export class ExtendAssetSearchFacets1764400000320 implements MigrationInterface {
  name = 'ExtendAssetSearchFacets1764400000320';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      ALTER TABLE asset_search
        ADD COLUMN created_at timestamptz NOT NULL DEFAULT now(),
        ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now(),
        ADD COLUMN type text,
        ADD COLUMN tags text[] NOT NULL DEFAULT '{}',
        ADD COLUMN tags_text text NOT NULL DEFAULT '',
        ADD COLUMN metadata_values jsonb NOT NULL DEFAULT '{}',
        ADD COLUMN media_kind text,
        ADD COLUMN format text,
        ADD COLUMN codec text,
        ADD COLUMN duration_seconds double precision,
        ADD COLUMN width int,
        ADD COLUMN height int,
        ADD COLUMN short_side int,
        ADD COLUMN frame_rate text,
        ADD COLUMN fps double precision,
        ADD COLUMN technical text NOT NULL DEFAULT ''`);
    await runner.query(`
      UPDATE asset_search s SET created_at = a.created_at, updated_at = a.updated_at, type = a.type, metadata_values = a.metadata
      FROM assets a WHERE a.id = s.asset_id`);
    await runner.query('ALTER TABLE asset_search DROP COLUMN document');
    await runner.query(
      `ALTER TABLE asset_search ADD COLUMN document tsvector GENERATED ALWAYS AS (${DOCUMENT}) STORED`,
    );
    await runner.query('CREATE INDEX asset_search_document ON asset_search USING gin (document)');
    await runner.query(
      'CREATE INDEX asset_search_workspace_created ON asset_search (workspace_id, created_at DESC, asset_id DESC)',
    );
    await runner.query(`
      CREATE TABLE asset_search_segments (
        asset_id uuid NOT NULL REFERENCES asset_search(asset_id) ON DELETE CASCADE,
        position int NOT NULL,
        kind text NOT NULL,
        text text NOT NULL,
        start_frame bigint NOT NULL,
        end_frame bigint NOT NULL,
        frame_rate text NOT NULL,
        document tsvector GENERATED ALWAYS AS (to_tsvector('simple', text)) STORED,
        PRIMARY KEY (asset_id, position)
      )`);
    await runner.query('CREATE INDEX asset_search_segments_document ON asset_search_segments USING gin (document)');
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE asset_search_segments');
    await runner.query('DROP INDEX asset_search_workspace_created');
    await runner.query('ALTER TABLE asset_search DROP COLUMN document');
    await runner.query(
      `ALTER TABLE asset_search ADD COLUMN document tsvector GENERATED ALWAYS AS (${PREVIOUS_DOCUMENT}) STORED`,
    );
    await runner.query('CREATE INDEX asset_search_document ON asset_search USING gin (document)');
    await runner.query(`
      ALTER TABLE asset_search
        DROP COLUMN created_at, DROP COLUMN updated_at, DROP COLUMN type, DROP COLUMN tags, DROP COLUMN tags_text,
        DROP COLUMN metadata_values, DROP COLUMN media_kind, DROP COLUMN format, DROP COLUMN codec,
        DROP COLUMN duration_seconds, DROP COLUMN width, DROP COLUMN height, DROP COLUMN short_side,
        DROP COLUMN frame_rate, DROP COLUMN fps, DROP COLUMN technical`);
  }
}
