import { AssetResolvers, AssetReviewResolvers } from './asset';
import { reviewOpened } from './subscription-review-opened';

export const resolvers = {
  Asset: AssetResolvers,
  AssetReview: AssetReviewResolvers,
  Subscription: { reviewOpened },
};
