import type { EntityManager } from 'typeorm';
import type { DataSource } from '@mam/db';
import type { VersionStatus } from '../domain/reviews/review-policy';
import type { Queryable } from './queryable';

export type ReviewStatus = VersionStatus;

/** The only place that reads and writes `version_reviews`. */
export const versionReviews = {
  async open(manager: EntityManager, versionId: string, assetId: string): Promise<void> {
    await manager.query(
      `INSERT INTO version_reviews (version_id, asset_id, status) VALUES ($1, $2, 'PENDING') ON CONFLICT (version_id) DO NOTHING`,
      [versionId, assetId],
    );
  },

  async status(dataSource: DataSource, versionId: string): Promise<ReviewStatus | null> {
    const [row]: { status: ReviewStatus }[] = await dataSource.query(
      'SELECT status FROM version_reviews WHERE version_id::text = $1',
      [versionId],
    );
    return row?.status ?? null;
  },

  /** Sets the status; answers the one it had before (null when review does not know the version). */
  async setStatus(db: Queryable, versionId: string, status: ReviewStatus): Promise<ReviewStatus | null> {
    const [row]: { status: ReviewStatus }[] = await db.query(
      'SELECT status FROM version_reviews WHERE version_id = $1 FOR UPDATE',
      [versionId],
    );
    if (!row) return null;
    if (row.status !== status)
      await db.query('UPDATE version_reviews SET status = $2, updated_at = now() WHERE version_id = $1', [
        versionId,
        status,
      ]);
    return row.status;
  },

  /** Versions still PENDING enter review. */
  async markInReview(db: Queryable, versionIds: string[]): Promise<void> {
    if (versionIds.length)
      await db.query(
        `UPDATE version_reviews SET status = 'IN_REVIEW', updated_at = now() WHERE version_id = ANY($1::uuid[]) AND status = 'PENDING'`,
        [versionIds],
      );
  },
};
