import type { CursorPart } from './search-cursor';
import { decodeCursor } from './search-cursor';
import type { FacetSpec } from './search-facets';
import { TERMS_FACET_SIZE } from './search-facets';
import type { CheckedFilter } from './search-filter';
import { cursorShape, type SearchSort } from './search-sort';

/** Collects query parameters and hands out their placeholders. */
export class SqlParams {
  readonly values: unknown[] = [];
  add(value: unknown, cast = ''): string {
    this.values.push(value);
    return `$${this.values.length}${cast}`;
  }
}

/** WHERE conditions over `asset_search s`: the workspace first (access control inside the query), then every filter condition. */
export function filterConditions(
  params: SqlParams,
  workspaceId: string,
  filter: CheckedFilter,
  readers?: string[] | null,
): string[] {
  const where = [`s.workspace_id = ${params.add(workspaceId)}`];
  if (readers) where.push(`s.readers && ${params.add(readers)}::text[]`);
  const between = (column: string, bounds: { gte?: unknown; lte?: unknown }, cast: string) => {
    if (bounds.gte !== undefined) where.push(`${column} >= ${params.add(bounds.gte, cast)}`);
    if (bounds.lte !== undefined) where.push(`${column} <= ${params.add(bounds.lte, cast)}`);
  };
  if (filter.types) where.push(`s.type = ANY(${params.add(filter.types, '::text[]')})`);
  if (filter.duration) between('s.duration_seconds', filter.duration, '::float8');
  if (filter.minWidth !== undefined) where.push(`s.width >= ${params.add(filter.minWidth, '::int')}`);
  if (filter.minHeight !== undefined) where.push(`s.height >= ${params.add(filter.minHeight, '::int')}`);
  if (filter.frameRates) where.push(`s.frame_rate = ANY(${params.add(filter.frameRates, '::text[]')})`);
  if (filter.createdAt) between('s.created_at', filter.createdAt, '::timestamptz');
  if (filter.updatedAt) between('s.updated_at', filter.updatedAt, '::timestamptz');
  if (filter.tags) where.push(`s.tags && ${params.add(filter.tags, '::text[]')}`);
  if (filter.collectionIds) where.push(`s.collection_ids && ${params.add(filter.collectionIds, '::text[]')}`);
  for (const condition of filter.metadata) {
    const value = `s.metadata_values -> ${params.add(condition.key, '::text')}`;
    if (condition.kind === 'anyOf') {
      const values = params.add(condition.values, '::text[]');
      // Scalars compare as text ("4", "true"), like Elasticsearch's flattened field; lists match when any element does.
      where.push(
        `(CASE WHEN jsonb_typeof(${value}) = 'array' THEN (${value}) ?| ${values} ELSE (${value}) #>> '{}' = ANY(${values}) END)`,
      );
    } else if (condition.kind === 'numberRange') {
      between(
        `(CASE WHEN jsonb_typeof(${value}) = 'number' THEN ((${value}) #>> '{}')::float8 END)`,
        condition,
        '::float8',
      );
    } else {
      between(
        `(CASE WHEN jsonb_typeof(${value}) = 'string' AND (${value}) #>> '{}' ~ '^\\d{4}-\\d{2}-\\d{2}$' THEN (${value}) #>> '{}' END)`,
        condition,
        '::text',
      );
    }
  }
  return where;
}

/** The asset's own words, or one of its segments, match the query `q.query`. */
export const TEXT_MATCH = `(s.document @@ q.query OR EXISTS (SELECT 1 FROM asset_search_segments g WHERE g.asset_id = s.asset_id AND g.document @@ q.query))`;
export const TEXT_RANK = `greatest(ts_rank(s.document, q.query), coalesce((SELECT max(ts_rank(g.document, q.query)) FROM asset_search_segments g WHERE g.asset_id = s.asset_id AND g.document @@ q.query), 0))::float8`;

/** Sorting of the matches (`s`: asset_search columns plus `rank`) and the keyset condition of a cursor. */
interface SortSql {
  /** The expression the cursor's first value comes from. */
  key: string;
  order: string;
  /** Condition for rows after the cursor. */
  after(params: SqlParams, values: unknown[]): string;
}

const MICROS = `(extract(epoch FROM s.created_at) * 1000000)::bigint`;

function tuple(key: string, op: '<' | '>', value: string, id: string): string {
  return `(${key}, s.asset_id) ${op} (${value}, ${id})`;
}

/** A nullable number that sorts last either way: rows after the cursor. */
function afterNullsLast(column: string, op: '<' | '>', params: SqlParams, values: unknown[]): string {
  const id = params.add(values[1], '::uuid');
  if (values[0] === null || typeof values[0] !== 'number') return `(${column} IS NULL AND s.asset_id ${op} ${id})`;
  const value = params.add(values[0], '::float8');
  return `(${column} ${op} ${value} OR (${column} = ${value} AND s.asset_id ${op} ${id}) OR ${column} IS NULL)`;
}

export function sortSql(sort: SearchSort): SortSql {
  switch (sort) {
    case 'RELEVANCE':
      return {
        key: 's.rank',
        order: 's.rank DESC, s.asset_id DESC',
        after: (p, v) => tuple('s.rank', '<', p.add(v[0], '::float8'), p.add(v[1], '::uuid')),
      };
    case 'CREATED_AT_DESC':
    case 'CREATED_AT_ASC': {
      const [op, dir] = sort === 'CREATED_AT_DESC' ? (['<', 'DESC'] as const) : (['>', 'ASC'] as const);
      return {
        key: MICROS,
        order: `s.created_at ${dir}, s.asset_id ${dir}`,
        after: (p, v) =>
          tuple(
            's.created_at',
            op,
            `'epoch'::timestamptz + ${p.add(v[0], '::bigint')} * interval '1 microsecond'`,
            p.add(v[1], '::uuid'),
          ),
      };
    }
    case 'TITLE_ASC':
    case 'TITLE_DESC': {
      const [op, dir] = sort === 'TITLE_ASC' ? (['>', 'ASC'] as const) : (['<', 'DESC'] as const);
      return {
        key: 'lower(s.title)',
        order: `lower(s.title) ${dir}, s.asset_id ${dir}`,
        after: (p, v) => tuple('lower(s.title)', op, p.add(v[0], '::text'), p.add(v[1], '::uuid')),
      };
    }
    case 'DURATION_ASC':
    case 'DURATION_DESC': {
      const [op, dir] = sort === 'DURATION_ASC' ? (['>', 'ASC'] as const) : (['<', 'DESC'] as const);
      return {
        key: 's.duration_seconds',
        order: `s.duration_seconds ${dir} NULLS LAST, s.asset_id ${dir}`,
        after: (p, v) => afterNullsLast('s.duration_seconds', op, p, v),
      };
    }
  }
}

/** Rows after the cursor under the sort, or nothing when there is no cursor. */
export function cursorCondition(params: SqlParams, sort: SearchSort, after: string | null | undefined): string[] {
  if (!after) return [];
  const shape: CursorPart[] = cursorShape(sort);
  return [sortSql(sort).after(params, decodeCursor(after, shape))];
}

/** One facet's counting query over the rows `from` and `where` select; rows of (value, count). */
export function facetSql(facet: FacetSpec, params: SqlParams, from: string, where: string): string {
  switch (facet.kind) {
    case 'terms': {
      const column = { type: 's.type', frameRate: 's.frame_rate', tags: 't.value' }[facet.field];
      const join = facet.field === 'tags' ? ', unnest(s.tags) AS t(value)' : '';
      return `SELECT ${column} AS value, count(*)::int AS count FROM ${from}${join} WHERE ${where} AND ${column} IS NOT NULL
              GROUP BY 1 ORDER BY 2 DESC, ${column} COLLATE "C" LIMIT ${TERMS_FACET_SIZE}`;
    }
    case 'metadata': {
      const value = `s.metadata_values -> ${params.add(facet.key, '::text')}`;
      return `SELECT v.value, count(*)::int AS count
              FROM ${from}, jsonb_array_elements_text(CASE WHEN jsonb_typeof(${value}) = 'array' THEN ${value} ELSE jsonb_build_array(${value}) END) AS v(value)
              WHERE ${where} AND ${value} IS NOT NULL AND jsonb_typeof(${value}) <> 'null'
              GROUP BY 1 ORDER BY 2 DESC, v.value COLLATE "C" LIMIT ${TERMS_FACET_SIZE}`;
    }
    case 'ranges': {
      const column = facet.field === 'shortSide' ? 's.short_side' : 's.duration_seconds';
      return facet.buckets
        .map((b) => {
          const bounds = [
            b.from !== undefined ? `${column} >= ${b.from}` : `${column} IS NOT NULL`,
            ...(b.to !== undefined ? [`${column} < ${b.to}`] : []),
          ];
          return `SELECT '${b.value}'::text AS value, count(*)::int AS count FROM ${from} WHERE ${where} AND ${bounds.join(' AND ')}`;
        })
        .join(' UNION ALL ');
    }
  }
}
