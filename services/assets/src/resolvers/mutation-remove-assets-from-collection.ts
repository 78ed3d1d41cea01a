import { requireWriter } from '@mam/graphql';
import type { AssetsContext } from '../context';
import { removeAssetsFromCollection as removeAssetsFromCollectionUseCase } from '../domain/collections/remove-assets-from-collection';

export function removeAssetsFromCollection(
  _root: unknown,
  args: { collectionId: string; assetIds: string[] },
  context: AssetsContext,
) {
  return removeAssetsFromCollectionUseCase(context.dataSource, requireWriter(context), args);
}
