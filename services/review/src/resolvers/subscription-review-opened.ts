import { requireIdentity } from '@mam/graphql';
import type { ReviewLiveUpdate } from '../domain/live-updates';
import type { ReviewContext } from '../context';

/** Live feed of assets entering review, limited to the subscriber's workspace. */
export const reviewOpened = {
  subscribe(_root: unknown, _args: unknown, context: ReviewContext) {
    const identity = requireIdentity(context);
    return context.live.subscribe((update) => update.kind === 'review.opened' && update.workspaceId === identity.workspaceId);
  },
  resolve: (update: ReviewLiveUpdate) => ({ __typename: 'Asset', id: update.assetId }),
};
