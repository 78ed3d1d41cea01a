import { EntitySchema } from 'typeorm';

export type ReviewStatus = 'PENDING' | 'IN_REVIEW' | 'CHANGES_REQUESTED' | 'APPROVED';

export interface AssetReview {
  assetId: string;
  workspaceId: string;
  status: ReviewStatus;
  openedAt: Date;
}

export const AssetReviewEntity = new EntitySchema<AssetReview>({
  name: 'AssetReview',
  tableName: 'asset_reviews',
  columns: {
    assetId: { name: 'asset_id', type: 'uuid', primary: true },
    workspaceId: { name: 'workspace_id', type: 'text' },
    status: { type: 'text' },
    openedAt: { name: 'opened_at', type: 'timestamptz' },
  },
});
