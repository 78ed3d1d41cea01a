import { readCursor } from '@mam/graphql';
import { SearchInputError } from './search-input-error';

/** What each position of a cursor may hold: the sort values of the last hit of a page. */
export type CursorPart = 'number' | 'string' | 'number-or-missing' | 'string-or-null';

const fits: Record<CursorPart, (value: unknown) => boolean> = {
  number: (value) => typeof value === 'number' && Number.isFinite(value),
  string: (value) => typeof value === 'string',
  // Elasticsearch writes a missing sort value as "Infinity" or "-Infinity".
  'number-or-missing': (value) =>
    (typeof value === 'number' && Number.isFinite(value)) ||
    value === 'Infinity' ||
    value === '-Infinity' ||
    value === null,
  'string-or-null': (value) => typeof value === 'string' || value === null,
};

/** The sort values of a search cursor (made by encodeCursor); refused unless they have the shape the current sort gives (when one is given). */
export function decodeCursor(cursor: string, shape?: CursorPart[]): unknown[] {
  const values = readCursor(cursor);
  const valid =
    Array.isArray(values) &&
    (!shape || (values.length === shape.length && shape.every((part, i) => fits[part](values[i]))));
  if (!valid) throw new SearchInputError('cursor is not one this API returned for this sort', 'after');
  return values as unknown[];
}
