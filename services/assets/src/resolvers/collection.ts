import { requireIdentity } from '@mam/graphql';
import type { AssetsContext } from '../context';
import type { Collection } from '../entities/collection.entity';
import { searchSmartCollection } from '../domain/collections/search-smart-collection';
import { assetRepository } from '../repositories/asset.repository';
import { collectionRepository } from '../repositories/collection.repository';
import { collectionAccessOf, visibleCollection, visibleCollections } from './collection-visibility';
import { afterOrderKey, orderCursor } from './order-cursor';
import { pageSize } from './pagination';

async function smartAssets(
  collection: Collection,
  first: number,
  after: string | null | undefined,
  context: AssetsContext,
) {
  const page = await searchSmartCollection(context.search, collection, requireIdentity(context), first, after);
  // The database stays the source of truth: hits are re-read, so a stale index entry never leaks.
  const found = await assetRepository(context.dataSource).findMany(
    requireIdentity(context),
    page.hits.map((h) => h.id),
  );
  const edges = page.hits.filter((h) => found.has(h.id)).map((h) => ({ node: found.get(h.id), cursor: h.cursor }));
  return { edges, pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.hits.at(-1)?.cursor ?? null } };
}

async function manualAssets(
  collection: Collection,
  first: number,
  after: string | null | undefined,
  context: AssetsContext,
) {
  const rows = await collectionRepository(context.dataSource.manager).memberPage(
    collection,
    first + 1,
    afterOrderKey(after),
    requireIdentity(context),
  );
  const edges = rows
    .slice(0, first)
    .map((row) => ({ node: row.asset, cursor: orderCursor({ position: row.position, id: row.asset.id }) }));
  return { edges, pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null } };
}

export const CollectionResolvers = {
  createdAt: (collection: Collection) => collection.createdAt.toISOString(),
  updatedAt: (collection: Collection) => collection.updatedAt.toISOString(),
  async parent(collection: Collection, _args: unknown, context: AssetsContext) {
    return collection.parentId
      ? visibleCollection(
          context,
          await collectionRepository(context.dataSource.manager).find(
            requireIdentity(context).workspaceId,
            collection.parentId,
          ),
        )
      : null;
  },
  async children(collection: Collection, _args: unknown, context: AssetsContext) {
    return visibleCollections(
      context,
      await collectionRepository(context.dataSource.manager).children(
        requireIdentity(context).workspaceId,
        collection.id,
      ),
    );
  },
  async path(collection: Collection, _args: unknown, context: AssetsContext) {
    return visibleCollections(
      context,
      await collectionRepository(context.dataSource.manager).ancestors({
        id: collection.id,
        workspaceId: requireIdentity(context).workspaceId,
      }),
    );
  },
  async myRole(collection: Collection, _args: unknown, context: AssetsContext) {
    return (await collectionAccessOf(context)).roleOf(collection);
  },
  assets(collection: Collection, args: { first?: number; after?: string | null }, context: AssetsContext) {
    requireIdentity(context);
    const first = pageSize(args.first);
    return collection.kind === 'SMART'
      ? smartAssets(collection, first, args.after, context)
      : manualAssets(collection, first, args.after, context);
  },
  async assetCount(collection: Collection, _args: unknown, context: AssetsContext) {
    const viewer = requireIdentity(context);
    if (collection.kind === 'SMART') return (await searchSmartCollection(context.search, collection, viewer, 1)).total;
    return collectionRepository(context.dataSource.manager).memberCount(collection.id, viewer);
  },
};
