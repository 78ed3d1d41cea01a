import { requireIdentity } from '@mam/graphql';
import type { AssetsContext } from '../context';
import { collectionAccess, type CollectionAccess } from '../domain/access/collection-access';
import type { Collection } from '../entities/collection.entity';

const perRequest = new WeakMap<AssetsContext, Promise<CollectionAccess>>();

/** The caller's collection roles, read once per request. */
export function collectionAccessOf(context: AssetsContext): Promise<CollectionAccess> {
  let access = perRequest.get(context);
  if (!access) {
    access = collectionAccess(context.dataSource.manager, requireIdentity(context));
    perRequest.set(context, access);
  }
  return access;
}

/** The collections the caller may see, in the order given. */
export async function visibleCollections(context: AssetsContext, collections: Collection[]): Promise<Collection[]> {
  const access = await collectionAccessOf(context);
  return collections.filter((c) => access.roleOf(c) !== null);
}

export async function visibleCollection(
  context: AssetsContext,
  collection: Collection | null,
): Promise<Collection | null> {
  return collection && (await visibleCollections(context, [collection]))[0] ? collection : null;
}
