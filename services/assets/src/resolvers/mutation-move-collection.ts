import { requireWriter } from '@mam/graphql';
import type { AssetsContext } from '../context';
import { moveCollection as moveCollectionUseCase } from '../domain/collections/move-collection';

export function moveCollection(
  _root: unknown,
  args: { id: string; beforeCollectionId?: string | null },
  context: AssetsContext,
) {
  return moveCollectionUseCase(context.dataSource, requireWriter(context), args);
}
