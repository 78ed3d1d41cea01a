import type { DistributionContext } from '../context';
import { deliveriesOfAsset } from '../domain/deliveries/read-deliveries';
import { readAssetDistributionStatus } from '../domain/read-version-distribution';

export const AssetResolvers = {
  distributionStatus: (asset: { id: string }, _args: unknown, context: DistributionContext) =>
    readAssetDistributionStatus(context, asset.id),
  deliveries: (asset: { id: string }, args: { first: number }, context: DistributionContext) =>
    deliveriesOfAsset(context, asset.id, args.first),
};
