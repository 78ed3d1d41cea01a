import { isAssetVisible } from '@mam/asset-access';
import { AssetReviewEntity, type AssetReview } from '../entities/asset-review.entity';
import { ReviewAuditEntity } from '../entities/review-audit.entity';
import type { ReviewContext } from '../context';

export const AssetResolvers = {
  async review(asset: { id: string }, _args: unknown, context: ReviewContext) {
    if (!(await isAssetVisible(context.dataSource, context, asset.id))) return null;
    return context.dataSource.getRepository(AssetReviewEntity).findOneBy({ assetId: asset.id });
  },
};

export const AssetReviewResolvers = {
  openedAt: (review: AssetReview) => review.openedAt.toISOString(),
  async auditTrail(review: AssetReview, _args: unknown, context: ReviewContext) {
    const entries = await context.dataSource.getRepository(ReviewAuditEntity).find({ where: { assetId: review.assetId }, order: { id: 'ASC' } });
    return entries.map((e) => ({ action: e.action, actor: e.actor, at: e.at.toISOString() }));
  },
};
