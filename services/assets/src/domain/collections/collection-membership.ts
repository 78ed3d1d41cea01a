import type { GraphQLError } from 'graphql';
import { notFound, type Identity } from '@mam/graphql';
import { requireCollectionRole } from '../access/collection-access';
import type { EntityManager } from 'typeorm';
import type { Collection } from '../../entities/collection.entity';
import { collectionRepository } from '../../repositories/collection.repository';
import { collectionNotFound, invalidCollectionInput } from './collection-errors';

export const MEMBERSHIP_ASSETS_MAX = 500;

/** A manual collection the caller may edit, locked for a change of its assets. */
export async function lockManualCollection(
  manager: EntityManager,
  identity: Identity,
  id: string,
  field = 'collectionId',
): Promise<Collection> {
  const collection = await collectionRepository(manager).find(identity.workspaceId, id, { forUpdate: true });
  if (!collection) throw collectionNotFound();
  await requireCollectionRole(manager, identity, collection, 'editor');
  if (collection.kind === 'SMART') {
    throw invalidCollectionInput([
      {
        key: field,
        message: `"${collection.name}" is a smart collection: its assets are what its saved search finds, and cannot be added, removed or ordered by hand`,
      },
    ]);
  }
  return collection;
}

/** Distinct ids in the order first given; refuses none and too many. */
export function assetIdsInput(assetIds: string[]): string[] {
  const ids = [...new Set(assetIds)];
  if (ids.length === 0) throw invalidCollectionInput([{ key: 'assetIds', message: 'Give at least one asset' }]);
  if (ids.length > MEMBERSHIP_ASSETS_MAX)
    throw invalidCollectionInput([{ key: 'assetIds', message: `At most ${MEMBERSHIP_ASSETS_MAX} assets at once` }]);
  return ids;
}

export function notInCollection(assetId: string): GraphQLError {
  return notFound(`Asset ${assetId} is not in the collection`, { assetId });
}
