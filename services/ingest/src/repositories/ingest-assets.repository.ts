import type { EntityManager } from 'typeorm';

export type IngestStatus = 'AWAITING_UPLOAD' | 'UPLOADING' | 'PROCESSING' | 'READY' | 'FAILED';

/** The ingest service's own record of an asset: where its ingest stands and why. */
export interface IngestAssetRow {
  asset_id: string;
  ingest_status: IngestStatus;
  status_reason: string | null;
}

type Db = Pick<EntityManager, 'query'>;

/** The ingest_assets table (with the uploader's provisional access entry for a new asset). */
export const ingestAssetsRepository = {
  /** An asset assets announced: ingest waits for its upload (an asset it already knows keeps its status). */
  async register(db: Db, assetId: string): Promise<void> {
    await db.query(
      `INSERT INTO ingest_assets (asset_id, ingest_status, updated_at) VALUES ($1, 'AWAITING_UPLOAD', now()) ON CONFLICT (asset_id) DO NOTHING`,
      [assetId],
    );
  },
  /**
   * An upload begins: the asset is UPLOADING. A new asset gets the uploader as editor, so they may follow
   * it at once; assets' access list replaces this when it arrives.
   */
  async beginUpload(db: Db, assetId: string, newAsset?: { workspaceId: string; editor: string }): Promise<void> {
    if (newAsset)
      await db.query('INSERT INTO asset_access (asset_id, workspace_id, entries) VALUES ($1, $2, $3)', [
        assetId,
        newAsset.workspaceId,
        JSON.stringify([{ principal: newAsset.editor, role: 'editor' }]),
      ]);
    await db.query(
      `INSERT INTO ingest_assets (asset_id, ingest_status, updated_at) VALUES ($1, 'UPLOADING', now())
       ON CONFLICT (asset_id) DO UPDATE SET ingest_status = 'UPLOADING', status_reason = NULL, updated_at = now()`,
      [assetId],
    );
  },
  async setStatus(db: Db, assetId: string, status: IngestStatus, reason: string | null = null): Promise<void> {
    await db.query(
      'UPDATE ingest_assets SET ingest_status = $2, status_reason = $3, updated_at = now() WHERE asset_id = $1',
      [assetId, status, reason],
    );
  },
  /** Forgets an asset that only an ended upload had begun (and its provisional access entry). */
  async forget(db: Db, assetId: string): Promise<void> {
    await db.query('DELETE FROM ingest_assets WHERE asset_id = $1', [assetId]);
    await db.query('DELETE FROM asset_access WHERE asset_id = $1', [assetId]);
  },
  async findMany(db: Db, assetIds: readonly string[]): Promise<IngestAssetRow[]> {
    return db.query(
      'SELECT asset_id::text, ingest_status, status_reason FROM ingest_assets WHERE asset_id = ANY($1::uuid[])',
      [assetIds],
    );
  },
};
