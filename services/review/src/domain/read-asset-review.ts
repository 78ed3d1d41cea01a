import { isAssetVisible } from '@mam/asset-access';
import { loadInBatch } from '@mam/graphql';
import type { ReviewContext } from '../context';
import type { AssetReview } from '../entities/asset-review.entity';
import { assetReviewsRepository } from '../repositories/asset-reviews.repository';
import { auditRepository, type AuditEntry } from '../repositories/audit.repository';

/** The asset's review state, or null when it is not the caller's to see. */
export async function readAssetReview(context: ReviewContext, assetId: string): Promise<AssetReview | null> {
  if (!(await isAssetVisible(context.dataSource, context, assetId))) return null;
  // One query for every asset of the request's entity fetch.
  const review = await loadInBatch(context, 'asset-review', assetId, (ids) =>
    assetReviewsRepository.byAssetIds(context.dataSource, ids),
  );
  return review ?? null;
}

/**
 * Every review action on a (visible) asset, oldest first. Addresses, user agents and details
 * (texts of deleted comments among them) are for admins; others see what happened, by whom, when.
 */
export async function assetAuditTrail(context: ReviewContext, review: AssetReview): Promise<AuditEntry[]> {
  const entries = await auditRepository.forAsset(context.dataSource, review.assetId);
  if (context.identity?.roles.includes('admin')) return entries;
  return entries.map((entry) => ({ ...entry, address: null, userAgent: null, details: {} }));
}
