import type { DistributionContext } from '../context';
import { readAssetDistributionStatus } from '../domain/read-asset-distribution';

export const AssetResolvers = {
  distributionStatus: (asset: { id: string }, _args: unknown, context: DistributionContext) => readAssetDistributionStatus(context, asset.id),
};
