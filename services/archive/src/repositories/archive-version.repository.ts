import type { EntityManager } from 'typeorm';
import type { DataSource } from '@mam/db';

export type StorageTier = 'HOT' | 'COLD' | 'RESTORING';

/** The only place that reads and writes `archive_versions`. */
export const archiveVersions = {
  async register(manager: EntityManager, versionId: string, assetId: string): Promise<void> {
    await manager.query(`INSERT INTO archive_versions (version_id, asset_id, storage_tier) VALUES ($1, $2, 'HOT') ON CONFLICT (version_id) DO NOTHING`, [versionId, assetId]);
  },

  async storageTier(dataSource: DataSource, versionId: string): Promise<StorageTier | null> {
    const [row]: { storage_tier: StorageTier }[] = await dataSource.query('SELECT storage_tier FROM archive_versions WHERE version_id::text = $1', [versionId]);
    return row?.storage_tier ?? null;
  },
};
