import { requireWriter } from '@mam/graphql';
import type { AssetsContext } from '../context';
import { createAsset as createAssetUseCase, type CreateAssetInput } from '../domain/assets/create-asset';

export function createAsset(_root: unknown, args: { input: CreateAssetInput }, context: AssetsContext) {
  return createAssetUseCase(context.dataSource, requireWriter(context), args.input);
}
