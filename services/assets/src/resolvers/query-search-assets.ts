import { badUserInput, requireIdentity } from '@mam/graphql';
import type { AssetsContext } from '../context';
import { assetRepository } from '../repositories/asset.repository';
import { QUERY_MAX } from '../search/search-index';
import { pageSize } from './pagination';

export async function searchAssets(_root: unknown, args: { query: string; first?: number; after?: string | null }, context: AssetsContext) {
  const identity = requireIdentity(context);
  const first = pageSize(args.first);
  const query = args.query.trim();
  if (query.length > QUERY_MAX) throw badUserInput(`query must be at most ${QUERY_MAX} characters`, 'query');
  let page;
  try {
    page = await context.search.search({ workspaceId: identity.workspaceId, query, first, after: args.after });
  } catch (error) {
    if ((error as Error).message.startsWith('cursor')) throw badUserInput('after is not a cursor this API returned', 'after');
    throw error;
  }
  // The database stays the source of truth: hits are re-read, so a stale index entry never leaks.
  const found = await assetRepository(context.dataSource).findMany(identity.workspaceId, page.hits.map((h) => h.id));
  const edges = page.hits.filter((h) => found.has(h.id)).map((h) => ({ node: found.get(h.id), cursor: h.cursor, score: h.score, highlights: h.highlights }));
  return { edges, total: page.total, pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.hits.at(-1)?.cursor ?? null } };
}
