import { badUserInput, requireIdentity } from '@mam/graphql';
import type { AssetsContext } from '../context';
import { assetRepository, isUuid } from '../repositories/asset.repository';
import { pageSize } from './pagination';

/** Keyset pagination over (workspace, id): page N costs the same as page 1. */
export async function assets(_root: unknown, args: { first?: number; after?: string | null }, context: AssetsContext) {
  const identity = requireIdentity(context);
  const first = pageSize(args.first);
  const afterId = args.after ? Buffer.from(args.after, 'base64url').toString('utf8') : undefined;
  if (afterId !== undefined && !isUuid(afterId)) throw badUserInput('after is not a cursor this API returned', 'after');
  const rows = await assetRepository(context.dataSource).page(identity, first + 1, afterId);
  const edges = rows.slice(0, first).map((node) => ({ node, cursor: Buffer.from(node.id).toString('base64url') }));
  return { edges, pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null } };
}
