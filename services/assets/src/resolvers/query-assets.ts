import { badCursor, encodeCursor, isUuid, readCursor, requireIdentity } from '@mam/graphql';
import type { AssetsContext } from '../context';
import { assetRepository } from '../repositories/asset.repository';
import { pageSize } from './pagination';

/** Keyset pagination over (workspace, id): page N costs the same as page 1. */
export async function assets(_root: unknown, args: { first?: number; after?: string | null }, context: AssetsContext) {
  const identity = requireIdentity(context);
  const first = pageSize(args.first);
  const cursor = args.after ? readCursor(args.after) : undefined;
  // A cursor that is not one of ours is refused, never read as "from the start".
  if (args.after && (typeof cursor !== 'string' || !isUuid(cursor))) throw badCursor();
  const afterId = typeof cursor === 'string' ? cursor : undefined;
  const rows = await assetRepository(context.dataSource).page(identity, first + 1, afterId);
  const edges = rows.slice(0, first).map((node) => ({ node, cursor: encodeCursor(node.id) }));
  return { edges, pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null } };
}
