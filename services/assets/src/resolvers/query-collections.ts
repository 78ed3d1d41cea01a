import { requireIdentity } from '@mam/graphql';
import type { AssetsContext } from '../context';
import { collectionNotFound } from '../domain/collections/collection-errors';
import { collectionRepository } from '../repositories/collection.repository';
import { collectionAccessOf, visibleCollection } from './collection-visibility';
import { afterOrderKey, orderCursor } from './order-cursor';
import { pageSize } from './pagination';

/** The children of `parentId` (the workspace's roots when it is null or absent) in their order, keyset-paged. */
export async function collections(
  _root: unknown,
  args: { parentId?: string | null; first?: number; after?: string | null },
  context: AssetsContext,
) {
  const identity = requireIdentity(context);
  const first = pageSize(args.first);
  const after = afterOrderKey(args.after);
  const repository = collectionRepository(context.dataSource.manager);
  const parentId = args.parentId ?? null;
  if (parentId !== null && !(await visibleCollection(context, await repository.find(identity.workspaceId, parentId))))
    throw collectionNotFound('Parent collection');
  const access = await collectionAccessOf(context);
  const rows = await repository.page(
    identity.workspaceId,
    parentId,
    first + 1,
    after,
    access.wholeWorkspace ? undefined : access.grantedIds,
  );
  const edges = rows
    .slice(0, first)
    .map((node) => ({ node, cursor: orderCursor({ position: node.position, id: node.id }) }));
  return { edges, pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null } };
}
