import { requireIdentity } from '@mam/graphql';
import type { AssetVersion } from '../entities/asset-version.entity';
import type { AssetsContext } from '../context';
import { assetRepository } from '../repositories/asset.repository';

export const AssetVersionResolvers = {
  async __resolveReference(reference: { id: string }, context: AssetsContext) {
    const identity = requireIdentity(context);
    return assetRepository(context.dataSource).findVersion(identity, reference.id);
  },
  createdAt: (version: AssetVersion) => version.createdAt.toISOString(),
  async asset(version: AssetVersion, _args: unknown, context: AssetsContext) {
    return assetRepository(context.dataSource).find(requireIdentity(context), version.assetId);
  },
  async current(version: AssetVersion, _args: unknown, context: AssetsContext) {
    const asset = await assetRepository(context.dataSource).find(requireIdentity(context), version.assetId);
    return asset?.currentVersionId === version.id;
  },
};
