import { requireIdentity } from '@mam/graphql';
import type { Asset } from '../entities/asset.entity';
import type { AssetsContext } from '../context';
import { assetRepository } from '../repositories/asset.repository';

export const AssetResolvers = {
  async __resolveReference(reference: { id: string }, context: AssetsContext) {
    const identity = requireIdentity(context);
    return assetRepository(context.dataSource).find(identity.workspaceId, reference.id);
  },
  createdAt: (asset: Asset) => asset.createdAt.toISOString(),
  updatedAt: (asset: Asset) => asset.updatedAt.toISOString(),
  async currentVersion(asset: Asset, _args: unknown, context: AssetsContext) {
    if (!asset.currentVersionId) return null;
    return assetRepository(context.dataSource).findVersion(asset.workspaceId, asset.currentVersionId);
  },
  versions: (asset: Asset, _args: unknown, context: AssetsContext) => assetRepository(context.dataSource).versionsOf(asset.id),
};
