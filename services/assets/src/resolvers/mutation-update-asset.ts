import { requireWriter } from '@mam/graphql';
import type { AssetsContext } from '../context';
import { updateAsset as updateAssetUseCase, type UpdateAssetInput } from '../domain/assets/update-asset';

export function updateAsset(_root: unknown, args: { input: UpdateAssetInput }, context: AssetsContext) {
  return updateAssetUseCase(context.dataSource, requireWriter(context), args.input);
}
