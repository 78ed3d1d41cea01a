import { requireWriter } from '@mam/graphql';
import type { AssetsContext } from '../context';
import { checkInAsset as checkInAssetUseCase } from '../domain/assets/check-in-asset';

export function checkInAsset(_root: unknown, args: { id: string }, context: AssetsContext) {
  return checkInAssetUseCase(context.dataSource, requireWriter(context), args.id);
}
