import { isAssetVisible } from '@mam/asset-access';
import { loadInBatch } from '@mam/graphql';
import { In } from 'typeorm';
import { DistributionAssetEntity } from '../entities/distribution-asset.entity';
import type { DistributionContext } from '../context';

export const AssetResolvers = {
  async distributionStatus(asset: { id: string }, _args: unknown, context: DistributionContext) {
    if (!(await isAssetVisible(context.dataSource, context, asset.id))) return null;
    // One query for every asset of the request's entity fetch.
    const row = await loadInBatch(context, 'distribution-asset', asset.id, async (ids) => new Map((await context.dataSource.getRepository(DistributionAssetEntity).findBy({ assetId: In(ids) })).map((r) => [r.assetId, r])));
    return row?.distributionStatus ?? null;
  },
};
