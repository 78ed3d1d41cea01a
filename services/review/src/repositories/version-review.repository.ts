import type { EntityManager } from 'typeorm';
import type { DataSource } from '@mam/db';

export type ReviewStatus = 'PENDING' | 'IN_REVIEW' | 'CHANGES_REQUESTED' | 'APPROVED';

/** The only place that reads and writes `version_reviews`. */
export const versionReviews = {
  async open(manager: EntityManager, versionId: string, assetId: string): Promise<void> {
    await manager.query(`INSERT INTO version_reviews (version_id, asset_id, status) VALUES ($1, $2, 'PENDING') ON CONFLICT (version_id) DO NOTHING`, [versionId, assetId]);
  },

  async status(dataSource: DataSource, versionId: string): Promise<ReviewStatus | null> {
    const [row]: { status: ReviewStatus }[] = await dataSource.query('SELECT status FROM version_reviews WHERE version_id::text = $1', [versionId]);
    return row?.status ?? null;
  },
};
