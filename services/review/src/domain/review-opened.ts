import { isAssetVisible } from '@mam/asset-access';
import { requireIdentity } from '@mam/graphql';
import type { ReviewContext } from '../context';
import type { ReviewLiveUpdate } from './live-updates';

/** Live feed of assets entering review, limited to the assets the subscriber may see. */
export function subscribeReviewOpened(context: ReviewContext, catchUp: (since: Date) => Promise<ReviewLiveUpdate[]>) {
  const identity = requireIdentity(context);
  return context.live.subscribe(
    async (update) =>
      update.kind === 'review.opened' &&
      update.workspaceId === identity.workspaceId &&
      (await isAssetVisible(context.dataSource, context, update.assetId)),
    { catchUp },
  );
}
