import type { DataSource, EntityManager } from 'typeorm';
import { assetReviewsRepository } from '../repositories/asset-reviews.repository';
import { liveRepository } from '../repositories/live.repository';

/** Review changes announced to live subscribers through PostgreSQL NOTIFY on the review database. */
export const REVIEW_LIVE_CHANNEL = 'mam_review_live';

export type ActivityType =
  | 'COMMENT_ADDED'
  | 'COMMENT_EDITED'
  | 'COMMENT_RESOLVED'
  | 'COMMENT_REOPENED'
  | 'COMMENT_DELETED'
  | 'DECISION'
  | 'PRESENCE';

export interface ReviewActivityUpdate {
  kind: 'activity';
  type: ActivityType;
  workspaceId: string;
  assetId: string;
  versionId: string;
  /** Reviews gathering the asset when it happened (a subscriber by review id matches on these). */
  reviewIds: string[];
  commentId: string | null;
  /** Internal comments' activity never reaches guests. */
  internal: boolean;
  actor: string;
  actorName: string;
  /** The watcher's frame (presence), or the decision (DECISION). */
  frame: number | null;
  decision: string | null;
  status: string | null;
  at: string;
}

export type ReviewLiveUpdate = { kind: 'review.opened'; assetId: string; workspaceId: string } | ReviewActivityUpdate;

/** Announces an update to the subscribers of every review instance once the transaction commits. */
export async function announce(manager: EntityManager | DataSource, update: ReviewLiveUpdate): Promise<void> {
  await liveRepository.notify(manager, REVIEW_LIVE_CHANNEL, update);
}

/**
 * What live subscribers missed while the LISTEN connection was down: reviews opened since shortly
 * before it was lost (an open is stamped before it commits, so a little earlier is looked at too).
 */
export async function missedReviewUpdates(dataSource: DataSource, since: Date): Promise<ReviewLiveUpdate[]> {
  const reviews = await assetReviewsRepository.openedSince(dataSource, new Date(since.getTime() - 10_000));
  return reviews.map((review) => ({ kind: 'review.opened', assetId: review.assetId, workspaceId: review.workspaceId }));
}
