import type { EntityManager } from '@mam/db';
import type { StorageTier } from './archive-assets.repository';

type Db = Pick<EntityManager, 'query'>;

export type { StorageTier };

/** The only place that reads and writes `archive_versions`: where each version's master lives. */
export const archiveVersions = {
  async register(db: Db, versionId: string, assetId: string): Promise<void> {
    await db.query(
      `INSERT INTO archive_versions (version_id, asset_id, storage_tier) VALUES ($1, $2, 'HOT') ON CONFLICT (version_id) DO NOTHING`,
      [versionId, assetId],
    );
  },

  async storageTier(db: Db, versionId: string): Promise<StorageTier | null> {
    const [row]: { storage_tier: StorageTier }[] = await db.query(
      'SELECT storage_tier FROM archive_versions WHERE version_id::text = $1',
      [versionId],
    );
    return row?.storage_tier ?? null;
  },

  /** Tiers of an asset's versions, locked for the caller's transaction (so two requests cannot both move them). */
  async lockTiers(db: Db, assetId: string): Promise<Map<string, StorageTier>> {
    const rows: { version_id: string; storage_tier: StorageTier }[] = await db.query(
      'SELECT version_id::text, storage_tier FROM archive_versions WHERE asset_id::text = $1 FOR UPDATE',
      [assetId],
    );
    return new Map(rows.map((row) => [row.version_id, row.storage_tier]));
  },

  async setTier(db: Db, versionIds: string[], tier: StorageTier): Promise<void> {
    await db.query(
      'UPDATE archive_versions SET storage_tier = $2, updated_at = now() WHERE version_id::text = ANY($1)',
      [versionIds, tier],
    );
  },
};
