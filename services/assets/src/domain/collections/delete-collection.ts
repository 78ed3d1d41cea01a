import type { DataSource } from '@mam/db';
import { requireCollectionRole } from '../access/collection-access';
import type { Identity } from '@mam/graphql';
import { actorOf } from '@mam/graphql';
import { collectionRepository, lockCollectionTree } from '../../repositories/collection.repository';
import { collectionConflict, collectionNotFound, invalidCollectionInput } from './collection-errors';
import { collectionMembershipChanged } from './collection-membership-changed';
import { recordSubtreeRemovalHistory } from './record-collection-history';

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
export async function deleteCollection(dataSource: DataSource, identity: Identity, input: DeleteCollectionInput): Promise<string[]> {
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
      throw invalidCollectionInput([{ key: 'recursive', message: `Collection "${collection.name}" has ${below} sub-collection${below === 1 ? '' : 's'}: delete ${below === 1 ? 'it' : 'them'} first, or pass recursive: true` }]);
    }
    const ids = subtree.map((s) => s.id);
    // Waits for changes of assets in the sub-collections in flight, so history misses none of them.
    await manager.query('SELECT id FROM collections WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE', [ids]);
    await recordSubtreeRemovalHistory(manager, { collectionIds: ids, workspaceId: identity.workspaceId, actor: identity.subject, at: new Date() });
    const members: { asset_id: string }[] = await manager.query('SELECT DISTINCT asset_id FROM collection_assets WHERE collection_id = ANY($1::uuid[])', [ids]);
    await manager.query('DELETE FROM collections WHERE id = ANY($1::uuid[]) AND workspace_id = $2', [ids, identity.workspaceId]);
    await collectionMembershipChanged(manager, members.map((m) => m.asset_id), actorOf(identity));
    return ids;
  });
}
