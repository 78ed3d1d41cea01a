import type { ArchiveContext } from '../context';
import { readAssetArchive, readAssetTier } from '../domain/read-archive';

export const AssetResolvers = {
  storageTier: (asset: { id: string }, _args: unknown, context: ArchiveContext) => readAssetTier(context, asset.id),
  archive: (asset: { id: string }, _args: unknown, context: ArchiveContext) => readAssetArchive(context, asset.id),
};
