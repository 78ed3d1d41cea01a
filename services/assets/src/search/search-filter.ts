import { formatRational, parsePositiveRational } from '@mam/media';
import { ASSET_TYPES, isAssetType } from '../domain/assets/asset-types';
import { SearchInputError } from './search-input-error';

export interface NumberRangeInput {
  gte?: number | null;
  lte?: number | null;
}

/** ISO 8601 dates or date-times; both ends inclusive. */
export interface DateRangeInput {
  gte?: string | null;
  lte?: string | null;
}

/** One condition on a metadata field: `equals`, `anyOf`, or a `gte`/`lte` range of numbers or YYYY-MM-DD dates. */
export interface MetadataFilterInput {
  key: string;
  equals?: unknown;
  anyOf?: unknown[] | null;
  gte?: unknown;
  lte?: unknown;
}

/** Narrows a search; every condition given must hold. As clients send it (GraphQL input AssetSearchFilter). */
export interface SearchFilter {
  /** Asset type, any of. */
  types?: string[] | null;
  /** Seconds. */
  duration?: NumberRangeInput | null;
  minWidth?: number | null;
  minHeight?: number | null;
  /** Exact rationals, any of; "25" means "25/1". */
  frameRates?: string[] | null;
  createdAt?: DateRangeInput | null;
  updatedAt?: DateRangeInput | null;
  /** Any of. */
  tags?: string[] | null;
  /** In any of these manual collections. */
  collectionIds?: string[] | null;
  metadata?: MetadataFilterInput[] | null;
}

export type MetadataCondition =
  | { key: string; kind: 'anyOf'; values: string[] }
  | { key: string; kind: 'numberRange'; gte?: number; lte?: number }
  | { key: string; kind: 'dateRange'; gte?: string; lte?: string };

/** A checked filter: what adapters turn into query clauses. */
export interface CheckedFilter {
  types?: string[];
  duration?: { gte?: number; lte?: number };
  minWidth?: number;
  minHeight?: number;
  frameRates?: string[];
  createdAt?: { gte?: string; lte?: string };
  updatedAt?: { gte?: string; lte?: string };
  tags?: string[];
  collectionIds?: string[];
  metadata: MetadataCondition[];
}

export const LIST_MAX = 100;
export const METADATA_CONDITIONS_MAX = 20;
const METADATA_KEY = /^[a-z][a-z0-9_]{0,62}$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

function list(
  values: string[] | null | undefined,
  field: string,
  check: (value: string) => string,
): string[] | undefined {
  if (values === null || values === undefined) return undefined;
  if (values.length === 0) throw new SearchInputError(`${field} must list at least one value, or be left out`, field);
  if (values.length > LIST_MAX) throw new SearchInputError(`${field} may list at most ${LIST_MAX} values`, field);
  return [...new Set(values.map(check))];
}

function numberRange(
  range: NumberRangeInput | null | undefined,
  field: string,
): { gte?: number; lte?: number } | undefined {
  if (!range) return undefined;
  const out: { gte?: number; lte?: number } = {};
  for (const end of ['gte', 'lte'] as const) {
    const value = range[end];
    if (value === null || value === undefined) continue;
    if (!Number.isFinite(value) || value < 0)
      throw new SearchInputError(`${field}.${end} must be a number of at least 0`, field);
    out[end] = value;
  }
  if (out.gte !== undefined && out.lte !== undefined && out.gte > out.lte)
    throw new SearchInputError(`${field}.gte must not be above ${field}.lte`, field);
  return out.gte === undefined && out.lte === undefined ? undefined : out;
}

function dateRange(
  range: DateRangeInput | null | undefined,
  field: string,
): { gte?: string; lte?: string } | undefined {
  if (!range) return undefined;
  const out: { gte?: string; lte?: string } = {};
  for (const end of ['gte', 'lte'] as const) {
    const value = range[end];
    if (value === null || value === undefined) continue;
    const time = /^\d{4}-\d{2}-\d{2}/.test(value) ? Date.parse(value) : NaN;
    if (Number.isNaN(time))
      throw new SearchInputError(
        `${field}.${end} must be an ISO 8601 date or date-time, e.g. 2025-01-31 or 2025-01-31T12:00:00Z`,
        field,
      );
    // A bare day as upper bound means the whole of that day.
    out[end] = new Date(end === 'lte' && DAY.test(value) ? time + 86_399_999 : time).toISOString();
  }
  if (out.gte !== undefined && out.lte !== undefined && out.gte > out.lte)
    throw new SearchInputError(`${field}.gte must not be after ${field}.lte`, field);
  return out.gte === undefined && out.lte === undefined ? undefined : out;
}

function minimum(value: number | null | undefined, field: string): number | undefined {
  if (value === null || value === undefined) return undefined;
  if (!Number.isInteger(value) || value < 0)
    throw new SearchInputError(`${field} must be a whole number of pixels, at least 0`, field);
  return value;
}

function scalarText(value: unknown, field: string): string {
  if (typeof value === 'string' || typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value)))
    return String(value);
  throw new SearchInputError(`${field} values must be strings, numbers or booleans`, field);
}

function isDay(value: unknown): value is string {
  return typeof value === 'string' && DAY.test(value) && !Number.isNaN(Date.parse(value));
}

function metadataCondition(input: MetadataFilterInput, index: number): MetadataCondition {
  const field = `filter.metadata[${index}]`;
  if (!METADATA_KEY.test(input.key ?? ''))
    throw new SearchInputError(`${field}.key is not a metadata field key`, field);
  const given = (value: unknown) => value !== null && value !== undefined;
  const forms = [given(input.equals), given(input.anyOf), given(input.gte) || given(input.lte)].filter(Boolean).length;
  if (forms !== 1) throw new SearchInputError(`${field} needs exactly one of equals, anyOf, or gte/lte`, field);
  if (given(input.equals)) return { key: input.key, kind: 'anyOf', values: [scalarText(input.equals, field)] };
  if (given(input.anyOf))
    return {
      key: input.key,
      kind: 'anyOf',
      values: list(
        input.anyOf.map((v) => scalarText(v, field)),
        field,
        (v) => v,
      )!,
    };
  const ends = [input.gte, input.lte].filter(given);
  if (ends.every((v) => typeof v === 'number' && Number.isFinite(v))) {
    const range = {
      key: input.key,
      kind: 'numberRange' as const,
      ...(given(input.gte) ? { gte: input.gte as number } : {}),
      ...(given(input.lte) ? { lte: input.lte as number } : {}),
    };
    if (range.gte !== undefined && range.lte !== undefined && range.gte > range.lte)
      throw new SearchInputError(`${field}.gte must not be above lte`, field);
    return range;
  }
  if (ends.every(isDay)) {
    const range = {
      key: input.key,
      kind: 'dateRange' as const,
      ...(given(input.gte) ? { gte: input.gte as string } : {}),
      ...(given(input.lte) ? { lte: input.lte as string } : {}),
    };
    if (range.gte !== undefined && range.lte !== undefined && range.gte > range.lte)
      throw new SearchInputError(`${field}.gte must not be after lte`, field);
    return range;
  }
  throw new SearchInputError(`${field}.gte and lte must both be numbers, or both dates written YYYY-MM-DD`, field);
}

/** Checks a filter as a client sent it; every problem is a SearchInputError naming the argument. */
export function checkFilter(filter: SearchFilter | null | undefined): CheckedFilter {
  if (!filter) return { metadata: [] };
  const metadata = filter.metadata ?? [];
  if (metadata.length > METADATA_CONDITIONS_MAX)
    throw new SearchInputError(
      `filter.metadata may hold at most ${METADATA_CONDITIONS_MAX} conditions`,
      'filter.metadata',
    );
  const checked: CheckedFilter = {
    types: list(filter.types, 'filter.types', (type) => {
      if (!isAssetType(type))
        throw new SearchInputError(`filter.types: asset types are ${ASSET_TYPES.join(', ')}`, 'filter.types');
      return type;
    }),
    duration: numberRange(filter.duration, 'filter.duration'),
    minWidth: minimum(filter.minWidth, 'filter.minWidth'),
    minHeight: minimum(filter.minHeight, 'filter.minHeight'),
    frameRates: list(filter.frameRates, 'filter.frameRates', (text) => {
      const rate = parsePositiveRational(text);
      if (!rate)
        throw new SearchInputError(
          `filter.frameRates: "${text}" is not an exact frame rate; write it as num/den, e.g. 25/1 or 30000/1001`,
          'filter.frameRates',
        );
      return formatRational(rate);
    }),
    createdAt: dateRange(filter.createdAt, 'filter.createdAt'),
    updatedAt: dateRange(filter.updatedAt, 'filter.updatedAt'),
    tags: list(filter.tags, 'filter.tags', (tag) => tag.trim()),
    collectionIds: list(filter.collectionIds, 'filter.collectionIds', (id) => id.trim().toLowerCase()),
    metadata: metadata.map(metadataCondition),
  };
  for (const key of Object.keys(checked) as (keyof CheckedFilter)[])
    if (checked[key] === undefined) delete checked[key];
  return checked;
}
