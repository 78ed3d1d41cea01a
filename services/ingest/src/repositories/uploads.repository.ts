import type { EntityManager } from 'typeorm';

export type UploadSource = 'tus' | 'watch-folder' | 'mutation';
export type UploadStatus = 'uploading' | 'received' | 'stored' | 'failed' | 'expired';

export interface UploadRow {
  id: string;
  source: UploadSource;
  asset_id: string;
  version_id: string;
  workspace_id: string;
  new_asset: boolean;
  filename: string;
  title: string | null;
  note: string | null;
  collection_id: string | null;
  uploaded_by: string;
  status: UploadStatus;
  size: string | null;
  sha256: string | null;
  mime_type: string | null;
  media_kind: string | null;
  master_key: string | null;
  failure_reason: string | null;
  created_at: Date;
}

type Db = Pick<EntityManager, 'query'>;

/** The uploads table: one row per file received, from any source. */
export const uploadsRepository = {
  async insert(db: Db, row: Pick<UploadRow, 'id' | 'source' | 'asset_id' | 'version_id' | 'workspace_id' | 'new_asset' | 'filename' | 'title' | 'note' | 'collection_id' | 'uploaded_by'>): Promise<void> {
    await db.query(
      `INSERT INTO uploads (id, source, asset_id, version_id, workspace_id, new_asset, filename, title, note, collection_id, uploaded_by, status)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, 'uploading')`,
      [row.id, row.source, row.asset_id, row.version_id, row.workspace_id, row.new_asset, row.filename, row.title, row.note, row.collection_id, row.uploaded_by],
    );
  },
  async find(db: Db, id: string): Promise<UploadRow | undefined> {
    return (await db.query('SELECT * FROM uploads WHERE id = $1', [id]))[0];
  },
  async findByVersion(db: Db, versionId: string): Promise<UploadRow | undefined> {
    return (await db.query('SELECT * FROM uploads WHERE version_id = $1', [versionId]))[0];
  },
  async update(db: Db, id: string, fields: Partial<Pick<UploadRow, 'status' | 'size' | 'sha256' | 'mime_type' | 'media_kind' | 'master_key' | 'failure_reason'>>): Promise<void> {
    const entries = Object.entries(fields);
    const sets = entries.map(([column], i) => `${column} = $${i + 2}`).join(', ');
    await db.query(`UPDATE uploads SET ${sets}, updated_at = now() WHERE id = $1`, [id, ...entries.map(([, value]) => value)]);
  },
};
