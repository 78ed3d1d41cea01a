import { badInput } from '@mam/graphql';

export const PAGE_MAX = 100;

/** Validates a page size: 1 to PAGE_MAX. */
export function pageSize(first: number | null | undefined): number {
  const size = first ?? 20;
  if (!Number.isInteger(size) || size < 1 || size > PAGE_MAX)
    throw badInput(`first must be between 1 and ${PAGE_MAX}`, 'first');
  return size;
}
