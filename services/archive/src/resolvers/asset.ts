import type { ArchiveContext } from '../context';
import { readAssetStorageTier } from '../domain/read-asset-storage-tier';

export const AssetResolvers = {
  storageTier: (asset: { id: string }, _args: unknown, context: ArchiveContext) => readAssetStorageTier(context, asset.id),
};
