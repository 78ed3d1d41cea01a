import type { ReviewContext } from '../context';
import { readComment } from '../domain/comments/read-comments';
import { missedReviewUpdates, type ReviewActivityUpdate, type ReviewLiveUpdate } from '../domain/live-updates';
import { reportPresence, subscribeReviewActivity } from '../domain/review-activity';
import { subscribeReviewOpened } from '../domain/review-opened';

export const subscriptions = {
  reviewOpened: {
    subscribe: (_root: unknown, _args: unknown, context: ReviewContext) =>
      subscribeReviewOpened(context, (since) => missedReviewUpdates(context.dataSource, since)),
    resolve: (update: ReviewLiveUpdate) => ({ __typename: 'Asset', id: update.assetId }),
  },
  reviewActivity: {
    subscribe: (_root: unknown, args: { reviewId?: string | null; assetId?: string | null }, context: ReviewContext) =>
      subscribeReviewActivity(context, args),
    resolve: (update: ReviewActivityUpdate) => update,
  },
};

export const ReviewActivityResolvers = {
  comment: (update: ReviewActivityUpdate, _args: unknown, context: ReviewContext) =>
    update.commentId && update.type !== 'COMMENT_DELETED' ? readComment(context, update.commentId) : null,
};

export const activityMutations = {
  reportPresence: (_: unknown, args: { versionId: string; frame?: number | null }, context: ReviewContext) =>
    reportPresence(context, args.versionId, args.frame ?? null),
};
