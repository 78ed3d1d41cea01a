import { requireWriter } from '@mam/graphql';
import type { AssetsContext } from '../context';
import {
  moveAssetInCollection as moveAssetInCollectionUseCase,
  type MoveAssetInCollectionInput,
} from '../domain/collections/move-asset-in-collection';

export function moveAssetInCollection(_root: unknown, args: MoveAssetInCollectionInput, context: AssetsContext) {
  return moveAssetInCollectionUseCase(context.dataSource, requireWriter(context), args);
}
