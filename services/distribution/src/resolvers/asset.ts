import { isAssetVisible } from '@mam/asset-access';
import { DistributionAssetEntity } from '../entities/distribution-asset.entity';
import type { DistributionContext } from '../context';

export const AssetResolvers = {
  async distributionStatus(asset: { id: string }, _args: unknown, context: DistributionContext) {
    if (!(await isAssetVisible(context.dataSource, context, asset.id))) return null;
    const row = await context.dataSource.getRepository(DistributionAssetEntity).findOneBy({ assetId: asset.id });
    return row?.distributionStatus ?? null;
  },
};
