import type { DataSource } from '@mam/db';
import { decodeCursor, encodeCursor, metadataText, type AssetSearchDocument, type AssetSearchIndex, type SearchPage, type SearchRequest } from './search-index';

const INSERT = 'INSERT INTO asset_search (asset_id, workspace_id, title, description, filenames, metadata) VALUES ($1, $2, $3, $4, $5, $6)';

function row(document: AssetSearchDocument): unknown[] {
  return [document.id, document.workspaceId, document.title, document.description, document.filenames.join('\n'), metadataText(document.metadata).join('\n')];
}

/** Embedded-mode adapter: PostgreSQL full-text search over the asset_search table of the assets database. */
export function createPostgresIndex(dataSource: DataSource): AssetSearchIndex {
  return {
    engine: 'postgres',
    async ensure() {},
    async upsert(document) {
      await dataSource.query(
        `${INSERT} ON CONFLICT (asset_id) DO UPDATE SET workspace_id = EXCLUDED.workspace_id, title = EXCLUDED.title,
           description = EXCLUDED.description, filenames = EXCLUDED.filenames, metadata = EXCLUDED.metadata`,
        row(document),
      );
    },
    async search(request: SearchRequest): Promise<SearchPage> {
      const [rank, id] = request.after ? (decodeCursor(request.after) as [number, string]) : [null, null];
      const rows: { asset_id: string; rank: number; title_hl: string; description_hl: string; metadata_hl: string; total: string }[] = await dataSource.query(
        `WITH q AS (SELECT websearch_to_tsquery('simple', $2) AS query),
         matches AS (
           SELECT s.asset_id, s.title, s.description, s.metadata, ts_rank(s.document, q.query)::float8 AS rank, count(*) OVER () AS total
           FROM asset_search s, q WHERE s.workspace_id = $1 AND s.document @@ q.query
         )
         SELECT m.asset_id, m.rank, m.total,
           ts_headline('simple', m.title, q.query, 'StartSel=<em>, StopSel=</em>, HighlightAll=true') AS title_hl,
           ts_headline('simple', m.description, q.query, 'StartSel=<em>, StopSel=</em>, MaxFragments=3') AS description_hl,
           ts_headline('simple', m.metadata, q.query, 'StartSel=<em>, StopSel=</em>, MaxFragments=2') AS metadata_hl
         FROM matches m, q
         WHERE $3::float8 IS NULL OR (m.rank, m.asset_id) < ($3::float8, $4::uuid)
         ORDER BY m.rank DESC, m.asset_id DESC
         LIMIT $5`,
        [request.workspaceId, request.query, rank, id, request.first + 1],
      );
      const page = rows.slice(0, request.first);
      return {
        hits: page.map((r) => ({
          id: r.asset_id,
          score: r.rank,
          highlights: [r.title_hl, r.description_hl, r.metadata_hl].filter((h) => h.includes('<em>')),
          cursor: encodeCursor([r.rank, r.asset_id]),
        })),
        total: rows.length ? Number(rows[0].total) : 0,
        hasNextPage: rows.length > request.first,
      };
    },
    async rebuild(batches) {
      let count = 0;
      await dataSource.transaction(async (manager) => {
        await manager.query('DELETE FROM asset_search');
        for await (const batch of batches) {
          for (const doc of batch) {
            await manager.query(INSERT, row(doc));
          }
          count += batch.length;
        }
      });
      return count;
    },
    async refresh() {},
    async close() {},
  };
}
