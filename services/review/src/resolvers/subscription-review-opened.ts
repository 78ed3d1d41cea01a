import { isAssetVisible } from '@mam/asset-access';
import { requireIdentity } from '@mam/graphql';
import { missedReviewUpdates, type ReviewLiveUpdate } from '../domain/live-updates';
import type { ReviewContext } from '../context';

/** Live feed of assets entering review, limited to the assets the subscriber may see. */
export const reviewOpened = {
  subscribe(_root: unknown, _args: unknown, context: ReviewContext) {
    const identity = requireIdentity(context);
    return context.live.subscribe(
      async (update) => update.kind === 'review.opened' && update.workspaceId === identity.workspaceId && (await isAssetVisible(context.dataSource, context, update.assetId)),
      { catchUp: (since) => missedReviewUpdates(context.dataSource, since) },
    );
  },
  resolve: (update: ReviewLiveUpdate) => ({ __typename: 'Asset', id: update.assetId }),
};
