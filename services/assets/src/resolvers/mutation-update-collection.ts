import { requireWriter } from '@mam/graphql';
import type { AssetsContext } from '../context';
import {
  updateCollection as updateCollectionUseCase,
  type UpdateCollectionInput,
} from '../domain/collections/update-collection';

export function updateCollection(_root: unknown, args: UpdateCollectionInput, context: AssetsContext) {
  return updateCollectionUseCase(context.dataSource, requireWriter(context), args);
}
