import { requireWriter } from '@mam/graphql';
import type { AssetsContext } from '../context';
import { setAssetTags as setAssetTagsUseCase } from '../domain/assets/set-asset-tags';

export function setAssetTags(
  _root: unknown,
  args: { assetId: string; expectedRevision: number; tags: string[] },
  context: AssetsContext,
) {
  return setAssetTagsUseCase(context.dataSource, requireWriter(context), args);
}
