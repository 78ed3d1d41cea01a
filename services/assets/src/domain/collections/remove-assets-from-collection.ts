import type { DataSource } from '@mam/db';
import { collectionWriteRepository } from '../../repositories/collection-write.repository';
import type { Identity } from '@mam/graphql';
import { actorOf, isUuid } from '@mam/graphql';
import type { Collection } from '../../entities/collection.entity';
import { assetIdsInput, lockManualCollection } from './collection-membership';
import { collectionMembershipChanged } from './collection-membership-changed';
import { recordMembershipHistory } from '../../repositories/collection-history.repository';

/** Takes assets out of a manual collection; ids that are not in it are passed over. The assets themselves stay. */
export async function removeAssetsFromCollection(
  dataSource: DataSource,
  identity: Identity,
  input: { collectionId: string; assetIds: string[] },
): Promise<Collection> {
  const ids = assetIdsInput(input.assetIds).filter(isUuid);
  return dataSource.transaction(async (manager) => {
    const collection = await lockManualCollection(manager, identity, input.collectionId);
    const removedIds = await collectionWriteRepository.removeMembers(manager, collection.id, ids);
    await recordMembershipHistory(manager, {
      action: 'REMOVED_FROM_COLLECTION',
      assetIds: ids.filter((id) => removedIds.has(id)),
      collection,
      actor: identity.subject,
      at: new Date(),
    });
    await collectionMembershipChanged(manager, [...removedIds], actorOf(identity));
    return collection;
  });
}
