import type { DataSource } from '@mam/db';
import type { EntityManager } from 'typeorm';
import { toIndexedDocument } from './indexed-document';
import {
  cursorCondition,
  facetSql,
  filterConditions,
  sortSql,
  SqlParams,
  TEXT_MATCH,
  TEXT_RANK,
} from './postgres-query';
import { encodeCursor } from '@mam/graphql';
import { parseFacets } from './search-facets';
import { checkFilter } from './search-filter';
import type {
  AssetSearchDocument,
  AssetSearchIndex,
  SearchHit,
  SearchPage,
  SearchRequest,
  SegmentHit,
  Suggestion,
  SuggestRequest,
} from './search-index';
import { highlightFilename, highlightTypedPrefix, orderHighlights, queryWords } from './search-highlights';
import { SEGMENT_HITS_MAX, segmentHit } from './search-segments';
import { effectiveSort } from './search-sort';
import { normalizeQueryText } from './search-text';

const COLUMNS = [
  'asset_id',
  'workspace_id',
  'title',
  'description',
  'filenames',
  'metadata',
  'created_at',
  'updated_at',
  'type',
  'tags',
  'tags_text',
  'metadata_values',
  'media_kind',
  'format',
  'codec',
  'duration_seconds',
  'width',
  'height',
  'short_side',
  'frame_rate',
  'fps',
  'technical',
  'readers',
  'collection_ids',
];
const UPSERT = `INSERT INTO asset_search (${COLUMNS.join(', ')}) VALUES (${COLUMNS.map((_, i) => `$${i + 1}`).join(', ')})
  ON CONFLICT (asset_id) DO UPDATE SET ${COLUMNS.slice(1)
    .map((c) => `${c} = EXCLUDED.${c}`)
    .join(', ')}`;
const HEADLINE = `'StartSel=<em>, StopSel=</em>, HighlightAll=true'`;
const FRAGMENTS = (n: number) => `'StartSel=<em>, StopSel=</em>, MaxFragments=${n}'`;

function row(document: AssetSearchDocument): unknown[] {
  const d = toIndexedDocument(document);
  return [
    d.id,
    d.workspaceId,
    d.title,
    d.description,
    d.filenames.join('\n'),
    d.metadataText.join('\n'),
    d.createdAt,
    d.updatedAt,
    d.type,
    d.tags,
    d.tags.join('\n'),
    JSON.stringify(d.metadata),
    d.mediaKind,
    d.format,
    d.codec,
    d.durationSeconds,
    d.width,
    d.height,
    d.shortSide,
    d.frameRate,
    d.fps,
    d.technicalText.join('\n'),
    d.readers,
    d.collectionIds,
  ];
}

async function write(manager: EntityManager, document: AssetSearchDocument): Promise<void> {
  await manager.query(UPSERT, row(document));
  await manager.query('DELETE FROM asset_search_segments WHERE asset_id = $1', [document.id]);
  const segments = document.segments ?? [];
  if (segments.length === 0) return;
  await manager.query(
    `INSERT INTO asset_search_segments (asset_id, position, kind, text, start_frame, end_frame, frame_rate, timecode)
     SELECT $1, p, k, t, sf, ef, fr, tc FROM unnest($2::int[], $3::text[], $4::text[], $5::bigint[], $6::bigint[], $7::text[], $8::text[]) AS u(p, k, t, sf, ef, fr, tc)`,
    [
      document.id,
      segments.map((_, i) => i),
      segments.map((s) => s.kind),
      segments.map((s) => s.text),
      segments.map((s) => s.startFrame),
      segments.map((s) => s.endFrame),
      segments.map((s) => s.frameRate),
      segments.map((s) => s.timecode ?? null),
    ],
  );
}

/** Highlighted passages of a row: title and description fragments, file names, then each matching value of the list columns (one value a line). */
function highlightsOf(r: Record<string, unknown>, words: ReturnType<typeof queryWords>): string[] {
  const text = (column: string) => (typeof r[column] === 'string' ? r[column] : '');
  const lines = (column: string) => text(column).split('\n');
  const filenames = lines('filenames')
    .map((name) => highlightFilename(name, words))
    .filter((name): name is string => name !== null);
  return orderHighlights({
    title: [text('title_hl')],
    filename: filenames,
    tags: lines('tags_hl'),
    description: [text('description_hl')],
    metadata: lines('metadata_hl'),
    technical: lines('technical_hl'),
  });
}

/** Word prefixes as a tsquery ('harb':* & 'daw':*), or null when the prefix has no word in it. */
function prefixQuery(prefix: string): string | null {
  const words = prefix.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.length ? words.map((w) => `'${w}':*`).join(' & ') : null;
}

function likePrefix(prefix: string): string {
  return `${prefix.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** Embedded-mode adapter: PostgreSQL full-text search over the asset_search tables of the assets database. */
export function createPostgresIndex(dataSource: DataSource): AssetSearchIndex {
  async function segmentsOf(query: string, ids: string[]): Promise<Map<string, SegmentHit[]>> {
    const found = new Map<string, SegmentHit[]>();
    if (!query || ids.length === 0) return found;
    const rows: {
      asset_id: string;
      kind: string;
      text: string;
      start_frame: number;
      end_frame: number;
      frame_rate: string;
      timecode: string | null;
    }[] = await dataSource.query(
      `WITH q AS (SELECT websearch_to_tsquery('simple', $1) AS query)
       SELECT g.asset_id, g.kind, g.start_frame::float8 AS start_frame, g.end_frame::float8 AS end_frame, g.frame_rate, g.timecode, ts_headline('simple', g.text, q.query, ${HEADLINE}) AS text
       FROM asset_search_segments g, q WHERE g.asset_id = ANY($2::uuid[]) AND g.document @@ q.query
       ORDER BY g.asset_id, ts_rank(g.document, q.query) DESC, g.position`,
      [query, ids],
    );
    for (const r of rows) {
      const list = found.get(r.asset_id) ?? [];
      if (list.length < SEGMENT_HITS_MAX)
        list.push(
          segmentHit({
            kind: r.kind,
            text: r.text,
            startFrame: r.start_frame,
            endFrame: r.end_frame,
            frameRate: r.frame_rate,
            timecode: r.timecode ?? undefined,
          }),
        );
      found.set(r.asset_id, list);
    }
    return found;
  }

  return {
    engine: 'postgres',
    async ensure() {},
    async upsert(document) {
      await dataSource.transaction((manager) => write(manager, document));
    },
    async search(request: SearchRequest): Promise<SearchPage> {
      const query = normalizeQueryText(request.query);
      const sort = effectiveSort(request.sort, query);
      const filter = checkFilter(request.filter);
      const facets = parseFacets(request.facets);
      const matches = (params: SqlParams) => {
        const where = filterConditions(params, request.workspaceId, filter, request.readers);
        const text = query ? params.add(query, '::text') : null;
        return `q AS (SELECT ${text ? `websearch_to_tsquery('simple', ${text})` : 'NULL::tsquery'} AS query),
          matches AS (SELECT s.*, ${text ? TEXT_RANK : '0::float8'} AS rank FROM asset_search s, q WHERE ${[...where, ...(text ? [TEXT_MATCH] : [])].join(' AND ')})`;
      };

      const page = new SqlParams();
      const cte = matches(page);
      const after = cursorCondition(page, sort, request.after);
      const order = sortSql(sort);
      const key = sort.startsWith('TITLE') ? order.key : `(${order.key})::float8`;
      const highlights = query
        ? `, s.filenames, ts_headline('simple', s.title, q.query, ${HEADLINE}) AS title_hl,
             ts_headline('simple', s.description, q.query, ${FRAGMENTS(3)}) AS description_hl,
             ts_headline('simple', s.tags_text, q.query, ${HEADLINE}) AS tags_hl,
             ts_headline('simple', s.metadata, q.query, ${HEADLINE}) AS metadata_hl,
             ts_headline('simple', s.technical, q.query, ${HEADLINE}) AS technical_hl`
        : '';
      const pageSql = `WITH ${cte}
        SELECT s.asset_id, s.rank, ${key} AS sort_key${highlights}
        FROM matches s, q ${after.length ? `WHERE ${after.join(' AND ')}` : ''}
        ORDER BY ${order.order} LIMIT ${request.first + 1}`;

      const counted = new SqlParams();
      const countSql = `WITH ${matches(counted)} SELECT count(*)::int AS total FROM matches`;
      const facetQueries = facets.map((facet) => {
        const params = new SqlParams();
        const sql = `WITH ${matches(params)} ${facetSql(facet, params, 'matches s', 'true')}`;
        return dataSource.query<{ value: string; count: number }[]>(sql, params.values);
      });
      const [rows, [{ total }], ...facetRows] = await Promise.all([
        dataSource.query<Record<string, unknown>[]>(pageSql, page.values),
        dataSource.query<{ total: number }[]>(countSql, counted.values),
        ...facetQueries,
      ]);

      const pageRows = rows.slice(0, request.first);
      const words = queryWords(query);
      const segments = await segmentsOf(
        query,
        pageRows.map((r) => r.asset_id as string),
      );
      const hits: SearchHit[] = pageRows.map((r) => ({
        id: r.asset_id as string,
        score: Number(r.rank),
        highlights: highlightsOf(r, words),
        cursor: encodeCursor([r.sort_key ?? null, r.asset_id]),
        segments: segments.get(r.asset_id as string) ?? [],
      }));
      return {
        hits,
        total,
        hasNextPage: rows.length > request.first,
        facets: facets.map((facet, i) => ({
          name: facet.name,
          buckets: facetRows[i].map((b) => ({ value: b.value, count: b.count })),
        })),
      };
    },
    async suggest(request: SuggestRequest): Promise<Suggestion[]> {
      const prefix = request.prefix.trim();
      if (!prefix) return [];
      const rows: { asset_id: string; title_hl: string | null; filename: string | null }[] = await dataSource.query(
        `WITH q AS (SELECT CASE WHEN $2::text IS NULL THEN NULL ELSE to_tsquery('simple', $2::text) END AS query),
         candidates AS (
           SELECT s.asset_id, s.title, q.query, coalesce(to_tsvector('simple', s.title) @@ q.query, false) AS title_match,
             (SELECT f FROM unnest(string_to_array(s.filenames, E'\\n')) AS f WHERE lower(f) LIKE $3 LIMIT 1) AS filename
           FROM asset_search s, q WHERE s.workspace_id = $1 AND ($5::text[] IS NULL OR s.readers && $5::text[])
         )
         SELECT asset_id, CASE WHEN title_match THEN ts_headline('simple', title, query, ${HEADLINE}) END AS title_hl, filename
         FROM candidates WHERE title_match OR filename IS NOT NULL
         ORDER BY title_match DESC, lower(title), asset_id LIMIT $4`,
        [request.workspaceId, prefixQuery(prefix), likePrefix(prefix), request.first, request.readers ?? null],
      );
      return rows.map((r) =>
        r.title_hl
          ? { id: r.asset_id, highlight: r.title_hl, field: 'title' as const }
          : { id: r.asset_id, highlight: highlightTypedPrefix(r.filename!, prefix), field: 'filename' as const },
      );
    },
    async rebuild(batches) {
      let count = 0;
      await dataSource.transaction(async (manager) => {
        await manager.query('DELETE FROM asset_search');
        for await (const batch of batches) {
          for (const doc of batch) await write(manager, doc);
          count += batch.length;
        }
      });
      return count;
    },
    async refresh() {},
    async close() {},
  };
}
