import { requireIdentity } from '@mam/graphql';
import type { AssetsContext } from '../context';
import { exportAssetsForEditing as exportAssetsForEditingUseCase } from '../domain/collections/export-for-editing';

export function exportAssetsForEditing(
  _root: unknown,
  args: { assetIds: string[]; format: string; mediaBaseUrl?: string | null },
  context: AssetsContext,
) {
  return exportAssetsForEditingUseCase(context.dataSource, requireIdentity(context), args);
}
