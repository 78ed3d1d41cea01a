import type { ReviewContext } from '../context';
import { assetAuditTrail, readAssetReview } from '../domain/read-asset-review';
import type { AssetReview } from '../entities/asset-review.entity';
import { auditEntry } from './audit';

export const AssetResolvers = {
  review: (asset: { id: string }, _args: unknown, context: ReviewContext) => readAssetReview(context, asset.id),
};

export const AssetReviewResolvers = {
  openedAt: (review: AssetReview) => review.openedAt.toISOString(),
  auditTrail: async (review: AssetReview, _args: unknown, context: ReviewContext) =>
    (await assetAuditTrail(context, review)).map(auditEntry),
};
