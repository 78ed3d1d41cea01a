import type { EntityManager } from 'typeorm';

export type JobStatus = 'queued' | 'running' | 'ready' | 'failed' | 'skipped';

export interface RenditionJobRow {
  id: string;
  asset_id: string;
  version_id: string;
  kind: string;
  status: JobStatus;
  progress: number;
  attempts: number;
  reason: string | null;
  output: RenditionOutput | null;
  updated_at: Date;
}

/** What a finished rendition produced: its main file and, for some kinds, more files and an index. */
export interface RenditionOutput {
  key: string;
  width?: number;
  height?: number;
  durationSeconds?: number;
  items?: { key: string; seconds?: number; frame?: number; width?: number; height?: number; page?: number }[];
  details?: Record<string, unknown>;
}

type Db = Pick<EntityManager, 'query'>;

export const renditionJobsRepository = {
  /** Creates a queued job; a job of the same kind for the same version is reused (retries overwrite). */
  async upsertQueued(db: Db, job: { id: string; asset_id: string; version_id: string; kind: string }): Promise<string> {
    const rows = await db.query(
      `INSERT INTO rendition_jobs (id, asset_id, version_id, kind, status) VALUES ($1, $2, $3, $4, 'queued')
       ON CONFLICT (version_id, kind) DO UPDATE SET status = 'queued', progress = 0, reason = NULL, updated_at = now()
       RETURNING id`,
      [job.id, job.asset_id, job.version_id, job.kind],
    );
    return rows[0].id;
  },
  /**
   * Takes a job for this worker: only a queued job, or a running one whose worker stopped
   * renewing its lease (crashed). Returns nothing when another worker has it or it is done.
   */
  async claim(db: Db, id: string, worker: string, leaseSeconds: number): Promise<RenditionJobRow | undefined> {
    // An UPDATE … RETURNING answers [rows, affected count].
    const [rows] = await db.query(
      `UPDATE rendition_jobs SET status = 'running', attempts = attempts + 1, worker = $2, progress = 0,
         lease_expires_at = now() + make_interval(secs => $3), updated_at = now()
       WHERE id = $1 AND (status = 'queued' OR (status = 'running' AND lease_expires_at < now()))
       RETURNING *`,
      [id, worker, leaseSeconds],
    );
    return rows[0];
  },
  async renew(db: Db, id: string, worker: string, progress: number, leaseSeconds: number): Promise<void> {
    await db.query(
      `UPDATE rendition_jobs SET progress = $3, lease_expires_at = now() + make_interval(secs => $4), updated_at = now() WHERE id = $1 AND worker = $2 AND status = 'running'`,
      [id, worker, progress, leaseSeconds],
    );
  },
  async finish(db: Db, id: string, fields: { status: 'ready' | 'failed' | 'queued' | 'skipped'; reason?: string | null; output?: RenditionOutput | null }): Promise<void> {
    await db.query(
      `UPDATE rendition_jobs SET status = $2, reason = $3, output = $4, progress = CASE WHEN $2 IN ('ready', 'skipped') THEN 1 ELSE progress END,
         lease_expires_at = NULL, updated_at = now() WHERE id = $1`,
      [id, fields.status, fields.reason ?? null, fields.output ? JSON.stringify(fields.output) : null],
    );
  },
  async find(db: Db, id: string): Promise<RenditionJobRow | undefined> {
    return (await db.query('SELECT * FROM rendition_jobs WHERE id = $1', [id]))[0];
  },
  async forVersion(db: Db, versionId: string): Promise<RenditionJobRow[]> {
    return db.query(`SELECT * FROM rendition_jobs WHERE version_id = $1 AND kind <> 'ingest' ORDER BY kind`, [versionId]);
  },
  async forAsset(db: Db, assetId: string): Promise<RenditionJobRow[]> {
    return db.query('SELECT * FROM rendition_jobs WHERE asset_id = $1 ORDER BY created_at, kind', [assetId]);
  },
  /** Jobs nobody is working on now: queued ones, and running ones whose worker stopped renewing the lease. */
  async unfinished(db: Db): Promise<RenditionJobRow[]> {
    return db.query(
      `SELECT * FROM rendition_jobs WHERE status = 'queued' OR (status = 'running' AND lease_expires_at < now()) ORDER BY updated_at LIMIT 1000`,
    );
  },
  /** Milliseconds until the last lease of a running job runs out (0 when none is running). */
  async lastLeaseEndsInMs(db: Db): Promise<number> {
    const [row] = await db.query(`SELECT GREATEST(0, EXTRACT(EPOCH FROM max(lease_expires_at) - now()) * 1000)::int AS ms FROM rendition_jobs WHERE status = 'running'`);
    return row?.ms ?? 0;
  },
  /** Jobs left queued or with an expired lease for longer than `staleSeconds`: to be offered again. */
  async stale(db: Db, staleSeconds: number): Promise<RenditionJobRow[]> {
    return db.query(
      `SELECT * FROM rendition_jobs WHERE (status = 'queued' AND updated_at < now() - make_interval(secs => $1))
         OR (status = 'running' AND lease_expires_at < now()) ORDER BY updated_at LIMIT 100`,
      [staleSeconds],
    );
  },
};
