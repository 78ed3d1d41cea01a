import { AssetResolvers, AssetReviewResolvers } from './asset';
import { AssetVersionResolvers } from './asset-version';
import { reviewOpened } from './subscription-review-opened';

export const resolvers = {
  Asset: AssetResolvers,
  AssetReview: AssetReviewResolvers,
  AssetVersion: AssetVersionResolvers,
  Subscription: { reviewOpened },
};
