import type { EntityManager } from 'typeorm';

export type UploadSource = 'tus' | 'watch-folder' | 'mutation' | 'storage-source';
export type UploadStatus = 'uploading' | 'received' | 'stored' | 'failed' | 'expired' | 'terminated';

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
  /** The uploader's own key (Idempotency-Key or metadata fingerprint), unique per uploader while the upload lives. */
  client_key: string | null;
  status: UploadStatus;
  size: string | null;
  sha256: string | null;
  mime_type: string | null;
  media_kind: string | null;
  master_key: string | null;
  failure_reason: string | null;
  /** The storage source the file came from, and where in it (a storage-source upload). */
  source_id: string | null;
  source_path: string | null;
  /** The file's date and ETag at the source when its ingest was queued: a change since is a change mid-ingest. */
  source_modified_at: Date | null;
  source_etag: string | null;
  /** The master stays at the source (no copy under master_key). */
  in_place: boolean;
  created_at: Date;
}

type Db = Pick<EntityManager, 'query'>;

/** The uploads table: one row per file received, from any source. */
export const uploadsRepository = {
  async insert(
    db: Db,
    row: Pick<
      UploadRow,
      | 'id'
      | 'source'
      | 'asset_id'
      | 'version_id'
      | 'workspace_id'
      | 'new_asset'
      | 'filename'
      | 'title'
      | 'note'
      | 'collection_id'
      | 'uploaded_by'
    > & { client_key?: string | null },
  ): Promise<void> {
    await db.query(
      `INSERT INTO uploads (id, source, asset_id, version_id, workspace_id, new_asset, filename, title, note, collection_id, uploaded_by, client_key, status)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, 'uploading')`,
      [
        row.id,
        row.source,
        row.asset_id,
        row.version_id,
        row.workspace_id,
        row.new_asset,
        row.filename,
        row.title,
        row.note,
        row.collection_id,
        row.uploaded_by,
        row.client_key ?? null,
      ],
    );
  },
  /** The live upload an uploader made with this key, if any (terminated and expired ones no longer count). */
  async findByClientKey(
    db: Db,
    owner: { workspaceId: string; subject: string },
    clientKey: string,
  ): Promise<UploadRow | undefined> {
    return (
      await db.query(
        `SELECT * FROM uploads WHERE workspace_id = $1 AND uploaded_by = $2 AND client_key = $3 AND status NOT IN ('expired', 'terminated')`,
        [owner.workspaceId, owner.subject, clientKey],
      )
    )[0];
  },
  /** Where a storage-source upload's file lives; in place, the master is read from there by every job. */
  async setSource(
    db: Db,
    id: string,
    source: { sourceId: string; path: string; modifiedAt: Date; etag: string | null; inPlace: boolean },
  ): Promise<void> {
    await db.query(
      'UPDATE uploads SET source_id = $2, source_path = $3, source_modified_at = $4, source_etag = $5, in_place = $6 WHERE id = $1',
      [id, source.sourceId, source.path, source.modifiedAt, source.etag, source.inPlace],
    );
  },
  /** The latest stored upload of a storage source's file before this one (the version it last became). */
  async previousFromSource(
    db: Db,
    upload: Pick<UploadRow, 'id' | 'source_id' | 'source_path'>,
  ): Promise<UploadRow | undefined> {
    return (
      await db.query(
        `SELECT * FROM uploads WHERE source_id = $1 AND source_path = $2 AND id <> $3 AND status = 'stored'
          ORDER BY created_at DESC LIMIT 1`,
        [upload.source_id, upload.source_path, upload.id],
      )
    )[0];
  },
  /** Other uploads of an asset, by what they are doing now. */
  async statusesForAsset(
    db: Db,
    assetId: string,
  ): Promise<Pick<UploadRow, 'status' | 'version_id' | 'new_asset' | 'failure_reason'>[]> {
    return db.query(
      'SELECT status, version_id, new_asset, failure_reason FROM uploads WHERE asset_id = $1 ORDER BY created_at DESC',
      [assetId],
    );
  },
  async find(db: Db, id: string): Promise<UploadRow | undefined> {
    return (await db.query('SELECT * FROM uploads WHERE id = $1', [id]))[0];
  },
  async findByVersion(db: Db, versionId: string): Promise<UploadRow | undefined> {
    return (await db.query('SELECT * FROM uploads WHERE version_id = $1', [versionId]))[0];
  },
  /** Partial uploads begun more than `seconds` ago. */
  async expiredIds(db: Db, seconds: number): Promise<string[]> {
    const rows: { id: string }[] = await db.query(
      `SELECT id FROM uploads WHERE status = 'uploading' AND created_at < now() - make_interval(secs => $1)`,
      [seconds],
    );
    return rows.map((row) => row.id);
  },
  async update(
    db: Db,
    id: string,
    fields: Partial<
      Pick<UploadRow, 'status' | 'size' | 'sha256' | 'mime_type' | 'media_kind' | 'master_key' | 'failure_reason'>
    >,
  ): Promise<void> {
    const entries = Object.entries(fields);
    const sets = entries.map(([column], i) => `${column} = $${i + 2}`).join(', ');
    await db.query(`UPDATE uploads SET ${sets}, updated_at = now() WHERE id = $1`, [
      id,
      ...entries.map(([, value]) => value),
    ]);
  },
};
