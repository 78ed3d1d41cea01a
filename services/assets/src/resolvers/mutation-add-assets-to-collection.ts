import { requireWriter } from '@mam/graphql';
import type { AssetsContext } from '../context';
import {
  addAssetsToCollection as addAssetsToCollectionUseCase,
  type AddAssetsToCollectionInput,
} from '../domain/collections/add-assets-to-collection';

export function addAssetsToCollection(_root: unknown, args: AddAssetsToCollectionInput, context: AssetsContext) {
  return addAssetsToCollectionUseCase(context.dataSource, requireWriter(context), args);
}
