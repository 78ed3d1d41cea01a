import { whileAssetVisible } from '@mam/asset-access';
import { isUuid, requireIdentity } from '@mam/graphql';
import type { ArchiveContext } from '../context';
import { unfinishedJobs, type ArchiveJobUpdate } from '../domain/job-updates';

/** Live changes of one asset's archive jobs (queued, progress, outcome), for as long as the caller may see the asset. */
export const archiveJobsSubscription = {
  subscribe(_root: unknown, args: { assetId: string }, context: ArchiveContext) {
    requireIdentity(context);
    if (!isUuid(args.assetId)) return context.jobUpdates.subscribe(() => false);
    return whileAssetVisible({
      dataSource: context.dataSource,
      context,
      assetId: args.assetId,
      accessChanges: context.accessChanges,
      updates: (visible) =>
        context.jobUpdates.subscribe(async (update) => update.asset_id === args.assetId && (await visible()), {
          catchUp: () => unfinishedJobs(context.dataSource, args.assetId),
        }),
    });
  },
  resolve: (update: ArchiveJobUpdate) => update,
};
