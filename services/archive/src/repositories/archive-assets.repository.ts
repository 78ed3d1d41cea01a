import type { EntityManager } from '@mam/db';

type Db = Pick<EntityManager, 'query'>;

export type StorageTier = 'HOT' | 'COLD' | 'RESTORING';

export interface ArchiveAssetRow {
  asset_id: string;
  workspace_id: string | null;
  title: string | null;
  storage_tier: StorageTier;
  collection_ids: string[];
}

/** The only place that reads and writes `archive_assets`: archive's own record of each asset. */
export const archiveAssets = {
  async register(db: Db, asset: { assetId: string; workspaceId: string; title: string }): Promise<void> {
    await db.query(
      `INSERT INTO archive_assets (asset_id, workspace_id, title, storage_tier, updated_at) VALUES ($1, $2, $3, 'HOT', now())
       ON CONFLICT (asset_id) DO NOTHING`,
      [asset.assetId, asset.workspaceId, asset.title],
    );
  },

  async find(db: Db, assetId: string): Promise<ArchiveAssetRow | null> {
    const [row]: ArchiveAssetRow[] = await db.query(
      'SELECT asset_id::text, workspace_id, title, storage_tier, collection_ids::text[] AS collection_ids FROM archive_assets WHERE asset_id::text = $1',
      [assetId],
    );
    return row ?? null;
  },

  /** Tiers by asset id (answered under the id as asked, any letter case), in one query. */
  async tiers(db: Db, assetIds: string[]): Promise<Map<string, StorageTier>> {
    const rows: { asset_id: string; storage_tier: StorageTier }[] = await db.query(
      'SELECT asset_id::text, storage_tier FROM archive_assets WHERE asset_id::text = ANY($1)',
      [assetIds.map((id) => id.toLowerCase())],
    );
    const byId = new Map(rows.map((row) => [row.asset_id, row.storage_tier]));
    return new Map(
      assetIds.flatMap((id) => (byId.has(id.toLowerCase()) ? [[id, byId.get(id.toLowerCase())!] as const] : [])),
    );
  },

  /** The asset's tier follows its versions': COLD when every version is, RESTORING while one is, else HOT. */
  async settleTier(db: Db, assetId: string): Promise<void> {
    await db.query(
      `UPDATE archive_assets SET updated_at = now(), storage_tier = (
         SELECT CASE WHEN bool_or(storage_tier = 'RESTORING') THEN 'RESTORING' WHEN bool_and(storage_tier = 'COLD') THEN 'COLD' ELSE 'HOT' END
         FROM archive_versions WHERE asset_id = $1)
       WHERE asset_id = $1 AND EXISTS (SELECT 1 FROM archive_versions WHERE asset_id = $1)`,
      [assetId],
    );
  },
};
