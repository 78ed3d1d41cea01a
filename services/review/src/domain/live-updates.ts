/** Review changes announced to live subscribers through PostgreSQL NOTIFY on the review database. */
export const REVIEW_LIVE_CHANNEL = 'mam_review_live';

export interface ReviewLiveUpdate {
  kind: 'review.opened';
  assetId: string;
  workspaceId: string;
}
