import { requireIdentity } from '@mam/graphql';
import type { AssetsContext } from '../context';
import { exportCollectionForEditing as exportCollectionForEditingUseCase } from '../domain/collections/export-for-editing';

export function exportCollectionForEditing(
  _root: unknown,
  args: { collectionId: string; format: string; mediaBaseUrl?: string | null; drive?: boolean; conform?: boolean },
  context: AssetsContext,
) {
  return exportCollectionForEditingUseCase(context.dataSource, context.search, requireIdentity(context), args);
}
