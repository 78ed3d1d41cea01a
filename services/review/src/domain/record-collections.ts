import type { EntityManager } from 'typeorm';
import type { AssetCollectionsChanged } from '@mam/proto';
import { reviewsRepository } from '../repositories/reviews.repository';

/** Which collections hold an asset, as assets last said: a review of a collection gathers them. */
export async function recordCollections(changed: AssetCollectionsChanged, manager: EntityManager): Promise<void> {
  await reviewsRepository.recordCollections(manager, changed.assetId, changed.workspaceId, changed.collectionIds);
}
