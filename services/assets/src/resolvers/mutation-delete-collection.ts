import { requireWriter } from '@mam/graphql';
import type { AssetsContext } from '../context';
import {
  deleteCollection as deleteCollectionUseCase,
  type DeleteCollectionInput,
} from '../domain/collections/delete-collection';

export function deleteCollection(_root: unknown, args: DeleteCollectionInput, context: AssetsContext) {
  return deleteCollectionUseCase(context.dataSource, requireWriter(context), args);
}
