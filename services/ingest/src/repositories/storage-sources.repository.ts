import type { EntityManager } from 'typeorm';

export type SourceKind = 'local' | 'sftp' | 's3';
export type SourceMode = 'in-place' | 'copy';
export type ScanState = 'idle' | 'scanning' | 'failed';

export interface StorageSourceRow {
  id: string;
  workspace_id: string;
  name: string;
  kind: SourceKind;
  settings: Record<string, string | number | boolean>;
  /** The credentials, encrypted; never leaves the service. */
  sealed_secret: string | null;
  mode: SourceMode;
  schedule_minutes: number | null;
  watch: boolean;
  created_by: string;
  created_at: Date;
  scan_state: ScanState;
  scan_id: string | null;
  scan_cursor: string | null;
  scan_listed: number;
  scan_queued: number;
  scan_missing: number;
  scan_started_at: Date | null;
  scan_finished_at: Date | null;
  scan_error: string | null;
  scan_requested_at: Date | null;
  next_scan_at: Date | null;
}

type Db = Pick<EntityManager, 'query'>;

/** Storage sources and the state of their scans; a scan is held by one instance at a time through a lease. */
export const storageSourcesRepository = {
  /** Null when the workspace has a source of that name already. */
  async insert(
    db: Db,
    row: Pick<
      StorageSourceRow,
      'id' | 'workspace_id' | 'name' | 'kind' | 'settings' | 'sealed_secret' | 'mode' | 'schedule_minutes' | 'watch'
    > & { created_by: string },
  ): Promise<StorageSourceRow | null> {
    const rows: StorageSourceRow[] = await db.query(
      `INSERT INTO storage_sources (id, workspace_id, name, kind, settings, sealed_secret, mode, schedule_minutes, watch, created_by, scan_requested_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, now())
       ON CONFLICT (workspace_id, name) DO NOTHING RETURNING *`,
      [
        row.id,
        row.workspace_id,
        row.name,
        row.kind,
        JSON.stringify(row.settings),
        row.sealed_secret,
        row.mode,
        row.schedule_minutes,
        row.watch,
        row.created_by,
      ],
    );
    return rows[0] ?? null;
  },
  async list(db: Db, workspaceId: string): Promise<StorageSourceRow[]> {
    return db.query('SELECT * FROM storage_sources WHERE workspace_id = $1 ORDER BY name', [workspaceId]);
  },
  async find(db: Db, id: string): Promise<StorageSourceRow | undefined> {
    return (await db.query('SELECT * FROM storage_sources WHERE id = $1', [id]))[0];
  },
  async findMany(db: Db, ids: string[]): Promise<StorageSourceRow[]> {
    return db.query('SELECT * FROM storage_sources WHERE id = ANY($1::uuid[])', [ids]);
  },
  /** Local sources that asked to be watched, for every instance's file watchers. */
  async watched(db: Db): Promise<StorageSourceRow[]> {
    return db.query(`SELECT * FROM storage_sources WHERE watch AND kind = 'local'`);
  },
  /** Asks for a scan as soon as an instance is free; a scan under way carries on (it sees the change too). */
  async requestScan(db: Db, id: string): Promise<void> {
    await db.query('UPDATE storage_sources SET scan_requested_at = now() WHERE id = $1', [id]);
  },
  /**
   * Takes the lease of one source that needs scanning: one asked for, due on its schedule, or one whose
   * scan was left unfinished by an instance that stopped (its lease ran out). Starts a new scan unless
   * one is under way, which resumes where its last page left off.
   */
  async claimDue(db: Db, holder: string, scanId: string, leaseSeconds: number): Promise<StorageSourceRow | undefined> {
    // TypeORM answers an UPDATE … RETURNING with [rows, count].
    const [rows]: [StorageSourceRow[], number] = await db.query(
      `UPDATE storage_sources s SET
         lease_holder = $1, lease_expires_at = now() + make_interval(secs => $3),
         scan_requested_at = NULL,
         scan_id = CASE WHEN s.scan_state = 'scanning' THEN s.scan_id ELSE $2::uuid END,
         scan_cursor = CASE WHEN s.scan_state = 'scanning' THEN s.scan_cursor ELSE NULL END,
         scan_listed = CASE WHEN s.scan_state = 'scanning' THEN s.scan_listed ELSE 0 END,
         scan_queued = CASE WHEN s.scan_state = 'scanning' THEN s.scan_queued ELSE 0 END,
         scan_missing = CASE WHEN s.scan_state = 'scanning' THEN s.scan_missing ELSE 0 END,
         scan_started_at = CASE WHEN s.scan_state = 'scanning' THEN s.scan_started_at ELSE now() END,
         scan_error = NULL,
         scan_state = 'scanning'
       WHERE s.id = (
         SELECT id FROM storage_sources
          WHERE (lease_expires_at IS NULL OR lease_expires_at < now())
            AND (scan_requested_at IS NOT NULL OR scan_state = 'scanning' OR next_scan_at <= now())
          ORDER BY scan_requested_at NULLS LAST, next_scan_at NULLS LAST
          LIMIT 1 FOR UPDATE SKIP LOCKED)
       RETURNING s.*`,
      [holder, scanId, leaseSeconds],
    );
    return rows[0];
  },
  /** A page is done: its progress and where to resume, with the lease renewed; false when the lease was lost. */
  async recordPage(
    db: Db,
    source: { id: string; scanId: string; holder: string },
    page: { cursor: string | null; listed: number; queued: number },
    leaseSeconds: number,
  ): Promise<boolean> {
    const [rows]: [unknown[], number] = await db.query(
      `UPDATE storage_sources SET scan_cursor = COALESCE($4, scan_cursor), scan_listed = scan_listed + $5,
         scan_queued = scan_queued + $6, lease_expires_at = now() + make_interval(secs => $7)
       WHERE id = $1 AND scan_id = $2 AND lease_holder = $3 AND scan_state = 'scanning' RETURNING id`,
      [source.id, source.scanId, source.holder, page.cursor, page.listed, page.queued, leaseSeconds],
    );
    return rows.length > 0;
  },
  async finishScan(db: Db, id: string, holder: string, missing: number): Promise<void> {
    await db.query(
      `UPDATE storage_sources SET scan_state = 'idle', scan_missing = $3, scan_finished_at = now(),
         lease_holder = NULL, lease_expires_at = NULL,
         next_scan_at = CASE WHEN schedule_minutes IS NULL THEN NULL ELSE now() + make_interval(mins => schedule_minutes) END
       WHERE id = $1 AND lease_holder = $2`,
      [id, holder, missing],
    );
  },
  /** The scan stopped on an error (credentials refused, store unreachable): no file is marked missing by it. */
  async failScan(db: Db, id: string, holder: string, reason: string): Promise<void> {
    await db.query(
      `UPDATE storage_sources SET scan_state = 'failed', scan_error = $3, scan_finished_at = now(),
         lease_holder = NULL, lease_expires_at = NULL,
         next_scan_at = CASE WHEN schedule_minutes IS NULL THEN NULL ELSE now() + make_interval(mins => schedule_minutes) END
       WHERE id = $1 AND lease_holder = $2`,
      [id, holder, reason],
    );
  },
  /** Gives a lease back without finishing (the instance is stopping): another instance resumes the scan. */
  async releaseLease(db: Db, id: string, holder: string): Promise<void> {
    await db.query(
      'UPDATE storage_sources SET lease_holder = NULL, lease_expires_at = NULL WHERE id = $1 AND lease_holder = $2',
      [id, holder],
    );
  },
};
