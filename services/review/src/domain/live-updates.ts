import type { DataSource } from 'typeorm';
import { assetReviewsRepository } from '../repositories/asset-reviews.repository';

/** Review changes announced to live subscribers through PostgreSQL NOTIFY on the review database. */
export const REVIEW_LIVE_CHANNEL = 'mam_review_live';

export interface ReviewLiveUpdate {
  kind: 'review.opened';
  assetId: string;
  workspaceId: string;
}

/**
 * What live subscribers missed while the LISTEN connection was down: reviews opened since shortly
 * before it was lost (an open is stamped before it commits, so a little earlier is looked at too).
 */
export async function missedReviewUpdates(dataSource: DataSource, since: Date): Promise<ReviewLiveUpdate[]> {
  const reviews = await assetReviewsRepository.openedSince(dataSource, new Date(since.getTime() - 10_000));
  return reviews.map((review) => ({ kind: 'review.opened', assetId: review.assetId, workspaceId: review.workspaceId }));
}
