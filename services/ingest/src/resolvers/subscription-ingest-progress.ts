import { whileAssetVisible } from '@mam/asset-access';
import { isUuid, requireIdentity } from '@mam/graphql';
import type { IngestContext } from '../context';
import { currentProgress, type IngestProgressUpdate } from '../domain/progress';

/**
 * Live per-job progress of one asset the caller may see: checked again for every update and
 * every change of the asset's access, so it starts once the projection shows the asset (right
 * after createAsset) and ends when the caller's access is taken away.
 */
export const ingestProgress = {
  subscribe(_root: unknown, args: { assetId: string }, context: IngestContext) {
    requireIdentity(context);
    if (!isUuid(args.assetId)) return context.progress.subscribe(() => false);
    return whileAssetVisible({
      dataSource: context.dataSource,
      context,
      assetId: args.assetId,
      accessChanges: context.accessChanges,
      updates: (visible) =>
        context.progress.subscribe(async (update) => update.assetId === args.assetId && (await visible()), {
          catchUp: () => currentProgress(context.dataSource, args.assetId),
        }),
    });
  },
  resolve: (update: IngestProgressUpdate) => ({ ...update, status: update.status.toUpperCase() }),
};
