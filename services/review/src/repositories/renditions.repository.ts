import type { Queryable } from './queryable';

/** A rendition of a version as ingest announced it: made (with its storage key) or failed for good. */
export interface VersionRenditionRow {
  versionId: string;
  kind: string;
  assetId: string;
  workspaceId: string;
  status: 'ready' | 'failed';
  storageKey: string | null;
  reason: string | null;
}

/** The only place that reads and writes review's projection of ingest's renditions. */
export const renditionsRepository = {
  /** Records the latest outcome of a rendition (a retried rendition's success replaces its failure). */
  async record(db: Queryable, row: VersionRenditionRow): Promise<void> {
    await db.query(
      `INSERT INTO version_renditions (version_id, kind, asset_id, workspace_id, status, storage_key, reason)
       VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (version_id, kind) DO UPDATE SET status = EXCLUDED.status, storage_key = EXCLUDED.storage_key,
         reason = EXCLUDED.reason, updated_at = now()`,
      [row.versionId, row.kind, row.assetId, row.workspaceId, row.status, row.storageKey, row.reason],
    );
  },

  async ofVersion(db: Queryable, versionId: string): Promise<Map<string, VersionRenditionRow>> {
    const rows: VersionRenditionRow[] = await db.query(
      `SELECT version_id::text AS "versionId", kind, asset_id::text AS "assetId", workspace_id AS "workspaceId", status,
         storage_key AS "storageKey", reason FROM version_renditions WHERE version_id = $1`,
      [versionId],
    );
    return new Map(rows.map((row) => [row.kind, row]));
  },
};
