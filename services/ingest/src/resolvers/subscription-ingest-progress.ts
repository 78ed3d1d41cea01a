import { isAssetVisible } from '@mam/asset-access';
import { requireIdentity } from '@mam/graphql';
import type { IngestContext } from '../context';
import { currentProgress, type IngestProgressUpdate } from '../domain/progress';

/** Live per-job progress of one asset the caller's workspace owns. */
export const ingestProgress = {
  async subscribe(_root: unknown, args: { assetId: string }, context: IngestContext) {
    requireIdentity(context);
    const visible = /^[0-9a-f-]{36}$/i.test(args.assetId) && (await isAssetVisible(context.dataSource, context, args.assetId));
    return context.progress.subscribe((update) => visible && update.assetId === args.assetId, { catchUp: () => currentProgress(context.dataSource, args.assetId) });
  },
  resolve: (update: IngestProgressUpdate) => ({ ...update, status: update.status.toUpperCase() }),
};
