import { AssetResolvers, AssetReviewResolvers } from './asset';
import { AssetVersionResolvers } from './asset-version';
import { activityMutations, ReviewActivityResolvers, subscriptions } from './activity';
import { auditMutations, auditQueries } from './audit';
import { exportQueries } from './export';
import { notificationMutations, notificationQueries, ReviewNotificationResolvers } from './notification';
import { commentMutations, commentQueries, ReviewCommentResolvers } from './comment';
import { reviewMutations, reviewQueries, ReviewResolvers } from './review';
import { linkMutations, linkQueries, ShareLinkResolvers } from './share-link';

export const resolvers = {
  Asset: AssetResolvers,
  AssetReview: AssetReviewResolvers,
  AssetVersion: AssetVersionResolvers,
  Review: ReviewResolvers,
  ReviewComment: ReviewCommentResolvers,
  ShareLink: ShareLinkResolvers,
  ReviewActivity: ReviewActivityResolvers,
  ReviewNotification: ReviewNotificationResolvers,
  Query: {
    ...reviewQueries,
    ...commentQueries,
    ...linkQueries,
    ...auditQueries,
    ...exportQueries,
    ...notificationQueries,
  },
  Mutation: {
    ...reviewMutations,
    ...commentMutations,
    ...linkMutations,
    ...auditMutations,
    ...activityMutations,
    ...notificationMutations,
  },
  Subscription: subscriptions,
};
