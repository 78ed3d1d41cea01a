import type { DataSource } from '@mam/db';
import { collectionWriteRepository } from '../../repositories/collection-write.repository';
import { requireCollectionRole } from '../access/collection-access';
import type { Identity } from '@mam/graphql';
import { actorOf } from '@mam/graphql';
import { collectionRepository, lockCollectionTree } from '../../repositories/collection.repository';
import { collectionConflict, collectionNotFound, invalidCollectionInput } from './collection-errors';
import { assetAclRepository } from '../../repositories/asset-acl.repository';
import { collectionMembershipChanged } from './collection-membership-changed';
import { recordSubtreeRemovalHistory } from '../../repositories/collection-history.repository';

export interface DeleteCollectionInput {
  id: string;
  expectedRevision: number;
  /** Also delete every sub-collection; without it a collection with sub-collections is refused. */
  recursive?: boolean | null;
}

/**
 * Deletes a collection (and, when asked, everything below it). Assets are never deleted: they
 * only leave the deleted collections, which their history records. Returns the deleted ids,
 * deepest first.
 */
export async function deleteCollection(
  dataSource: DataSource,
  identity: Identity,
  input: DeleteCollectionInput,
): Promise<string[]> {
  return dataSource.transaction(async (manager) => {
    await lockCollectionTree(manager, identity.workspaceId);
    const repository = collectionRepository(manager);
    const collection = await repository.find(identity.workspaceId, input.id, { forUpdate: true });
    if (!collection) throw collectionNotFound();
    await requireCollectionRole(manager, identity, collection, 'editor');
    if (collection.revision !== input.expectedRevision) throw collectionConflict(collection, input.expectedRevision);
    const subtree = await repository.subtree(collection);
    const below = subtree.length - 1;
    if (below > 0 && !input.recursive) {
      throw invalidCollectionInput([
        {
          key: 'recursive',
          message: `Collection "${collection.name}" has ${below} sub-collection${below === 1 ? '' : 's'}: delete ${below === 1 ? 'it' : 'them'} first, or pass recursive: true`,
        },
      ]);
    }
    const ids = subtree.map((s) => s.id);
    // Waits for changes of assets in the sub-collections in flight, so history misses none of them.
    await collectionWriteRepository.lockMany(manager, ids);
    await recordSubtreeRemovalHistory(manager, {
      collectionIds: ids,
      workspaceId: identity.workspaceId,
      actor: identity.subject,
      at: new Date(),
    });
    const members = await assetAclRepository.assetsInCollections(manager, ids);
    await collectionWriteRepository.deleteMany(manager, identity.workspaceId, ids);
    await collectionMembershipChanged(manager, members, actorOf(identity));
    return ids;
  });
}
