import type { DistributionContext } from '../context';
import { readVersionDistributionStatus } from '../domain/read-version-distribution';

export const AssetVersionResolvers = {
  distributionStatus: (version: { id: string }, _args: unknown, context: DistributionContext) =>
    readVersionDistributionStatus(context, version.id),
};
