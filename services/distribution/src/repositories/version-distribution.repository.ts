import type { EntityManager } from 'typeorm';
import type { DataSource } from '@mam/db';

export type DistributionStatus = 'AWAITING_APPROVAL' | 'SCHEDULED' | 'DELIVERING' | 'DELIVERED' | 'FAILED';

/** The only place that reads and writes `version_distributions`. */
export const versionDistributions = {
  async register(manager: EntityManager, versionId: string, assetId: string): Promise<void> {
    await manager.query(`INSERT INTO version_distributions (version_id, asset_id, status) VALUES ($1, $2, 'AWAITING_APPROVAL') ON CONFLICT (version_id) DO NOTHING`, [versionId, assetId]);
  },

  async status(dataSource: DataSource, versionId: string): Promise<DistributionStatus | null> {
    const [row]: { status: DistributionStatus }[] = await dataSource.query('SELECT status FROM version_distributions WHERE version_id::text = $1', [versionId]);
    return row?.status ?? null;
  },
};
