import { isAssetVisible } from '@mam/asset-access';
import { loadInBatch } from '@mam/graphql';
import type { DistributionContext } from '../context';
import type { DistributionStatus } from '../entities/distribution-asset.entity';
import { distributionAssets } from '../repositories/distribution-asset.repository';

/** An asset's distribution status, or null when the asset is unknown here or not the caller's to see. */
export async function readAssetDistributionStatus(context: DistributionContext, assetId: string): Promise<DistributionStatus | null> {
  if (!(await isAssetVisible(context.dataSource, context, assetId))) return null;
  // One query for every asset of the request's entity fetch.
  const row = await loadInBatch(context, 'distribution-asset', assetId, async (ids) => new Map((await distributionAssets.findMany(context.dataSource.manager, ids)).map((r) => [r.assetId, r])));
  return row?.distributionStatus ?? null;
}
