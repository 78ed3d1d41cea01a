import type { EntityManager } from '@mam/db';

type Db = Pick<EntityManager, 'query'>;

export interface AuditRow {
  at: Date;
  actor: string;
  action: string;
  detail: Record<string, unknown>;
}

/** The only place that writes the archive audit: rows are appended, never changed (a trigger refuses UPDATE and DELETE). */
export const auditRepository = {
  async append(
    db: Db,
    entry: { assetId: string | null; actor: string; action: string; detail?: Record<string, unknown> },
  ): Promise<void> {
    await db.query('INSERT INTO archive_audit (asset_id, actor, action, detail) VALUES ($1, $2, $3, $4)', [
      entry.assetId,
      entry.actor,
      entry.action,
      JSON.stringify(entry.detail ?? {}),
    ]);
  },

  /** An asset's audit, oldest first. */
  async ofAsset(db: Db, assetId: string): Promise<AuditRow[]> {
    return db.query('SELECT at, actor, action, detail FROM archive_audit WHERE asset_id::text = $1 ORDER BY id', [
      assetId,
    ]);
  },
};
