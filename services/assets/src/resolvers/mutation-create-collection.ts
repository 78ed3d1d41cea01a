import { requireWriter } from '@mam/graphql';
import type { AssetsContext } from '../context';
import {
  createCollection as createCollectionUseCase,
  type CreateCollectionInput,
} from '../domain/collections/create-collection';

export function createCollection(_root: unknown, args: { input: CreateCollectionInput }, context: AssetsContext) {
  return createCollectionUseCase(context.dataSource, requireWriter(context), args.input);
}
