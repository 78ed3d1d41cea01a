import { isAssetVisible } from '@mam/asset-access';
import { loadInBatch } from '@mam/graphql';
import { In } from 'typeorm';
import { AssetReviewEntity, type AssetReview } from '../entities/asset-review.entity';
import { ReviewAuditEntity } from '../entities/review-audit.entity';
import type { ReviewContext } from '../context';

export const AssetResolvers = {
  async review(asset: { id: string }, _args: unknown, context: ReviewContext) {
    if (!(await isAssetVisible(context.dataSource, context, asset.id))) return null;
    // One query for every asset of the request's entity fetch.
    const review = await loadInBatch(context, 'asset-review', asset.id, async (ids) => new Map((await context.dataSource.getRepository(AssetReviewEntity).findBy({ assetId: In(ids) })).map((r) => [r.assetId, r])));
    return review ?? null;
  },
};

export const AssetReviewResolvers = {
  openedAt: (review: AssetReview) => review.openedAt.toISOString(),
  async auditTrail(review: AssetReview, _args: unknown, context: ReviewContext) {
    const entries = await context.dataSource.getRepository(ReviewAuditEntity).find({ where: { assetId: review.assetId }, order: { id: 'ASC' } });
    return entries.map((e) => ({ action: e.action, actor: e.actor, at: e.at.toISOString() }));
  },
};
