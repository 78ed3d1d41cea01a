import type { EntityManager } from 'typeorm';

type Db = Pick<EntityManager, 'query'>;

/** What distribution keeps of an asset from assets' events: every metadata value (rights included) and its collections. */
export interface AssetDescriptionRow {
  asset_id: string;
  workspace_id: string;
  revision: string;
  metadata: Record<string, unknown>;
  collection_ids: string[];
}

/** The only place that reads and writes `asset_descriptions`. */
export const assetDescriptions = {
  async find(db: Db, assetId: string): Promise<AssetDescriptionRow | null> {
    const [row]: AssetDescriptionRow[] = await db.query(
      'SELECT * FROM asset_descriptions WHERE asset_id::text = $1 FOR UPDATE',
      [assetId],
    );
    return row ?? null;
  },
  /** Keeps the metadata of a revision newer than the one kept; false when it is not newer (an event came late or twice). */
  async setMetadata(
    db: Db,
    asset: { assetId: string; workspaceId: string; revision: bigint; metadata: Record<string, unknown> },
  ): Promise<boolean> {
    const rows: unknown[] = await db.query(
      `INSERT INTO asset_descriptions (asset_id, workspace_id, revision, metadata) VALUES ($1, $2, $3, $4)
       ON CONFLICT (asset_id) DO UPDATE SET metadata = EXCLUDED.metadata, revision = EXCLUDED.revision, updated_at = now()
         WHERE asset_descriptions.revision < EXCLUDED.revision
       RETURNING asset_id`,
      [asset.assetId, asset.workspaceId, asset.revision.toString(), JSON.stringify(asset.metadata)],
    );
    return rows.length > 0;
  },
  async setCollections(
    db: Db,
    asset: { assetId: string; workspaceId: string; collectionIds: string[] },
  ): Promise<void> {
    await db.query(
      `INSERT INTO asset_descriptions (asset_id, workspace_id, collection_ids) VALUES ($1, $2, $3::uuid[])
       ON CONFLICT (asset_id) DO UPDATE SET collection_ids = EXCLUDED.collection_ids, updated_at = now()`,
      [asset.assetId, asset.workspaceId, asset.collectionIds],
    );
  },
};
