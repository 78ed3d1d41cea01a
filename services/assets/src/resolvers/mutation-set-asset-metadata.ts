import { requireWriter } from '@mam/graphql';
import type { AssetsContext } from '../context';
import {
  setAssetMetadata as setAssetMetadataUseCase,
  type SetAssetMetadataInput,
} from '../domain/metadata/set-asset-metadata';

export function setAssetMetadata(_root: unknown, args: { input: SetAssetMetadataInput }, context: AssetsContext) {
  return setAssetMetadataUseCase(context.dataSource, requireWriter(context), args.input);
}
