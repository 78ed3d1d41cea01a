import { requireWriter } from '@mam/graphql';
import type { AssetsContext } from '../context';
import { checkOutAsset as checkOutAssetUseCase, type CheckOutAssetInput } from '../domain/assets/check-out-asset';

export function checkOutAsset(_root: unknown, args: CheckOutAssetInput, context: AssetsContext) {
  return checkOutAssetUseCase(context.dataSource, requireWriter(context), args);
}
