import type { EntityManager } from 'typeorm';
import type { JobRow, JobStatus } from './job-row';
import { jobTableName } from './jobs-table.migration';

type Db = Pick<EntityManager, 'query'>;

export interface NewJob {
  id: string;
  kind: string;
  /** What makes the job unique within its kind (ingest: the version id); a job with the same kind and key is reused. */
  key: string;
  payload: Record<string, unknown>;
  /** The service's own columns on its job table (ingest: asset_id, version_id), for its own queries. */
  columns?: Record<string, string | number | null>;
}

/** The SQL of one job table: the only place the jobs package talks to it. */
export function jobsRepository(table: string) {
  const t = jobTableName(table);
  return {
    table: t,
    /** Creates a queued job; a job of the same kind and key is queued again instead (retries overwrite). */
    async upsertQueued(db: Db, job: NewJob): Promise<JobRow> {
      const extra = Object.entries(job.columns ?? {});
      for (const [name] of extra) jobTableName(name);
      const names = ['id', 'kind', 'key', 'payload', 'status', ...extra.map(([name]) => name)];
      const values = [job.id, job.kind, job.key, JSON.stringify(job.payload), ...extra.map(([, value]) => value)];
      const placeholders = names.map((name, i) => (name === 'status' ? `'queued'` : `$${i < 4 ? i + 1 : i}`));
      const rows = await db.query(
        `INSERT INTO ${t} (${names.join(', ')}) VALUES (${placeholders.join(', ')})
         ON CONFLICT (kind, key) DO UPDATE SET status = 'queued', progress = 0, reason = NULL, payload = EXCLUDED.payload, updated_at = now()
         RETURNING *`,
        values,
      );
      return rows[0];
    },
    /**
     * Takes a job for this worker: only a queued job, or a running one whose worker stopped
     * renewing its lease (crashed). Returns nothing when another worker has it or it is done.
     */
    async claim(db: Db, id: string, worker: string, leaseSeconds: number): Promise<JobRow | undefined> {
      const [rows] = await db.query(
        `UPDATE ${t} SET status = 'running', attempts = attempts + 1, worker = $2, progress = 0,
           lease_expires_at = now() + make_interval(secs => $3), updated_at = now()
         WHERE id = $1 AND (status = 'queued' OR (status = 'running' AND lease_expires_at < now()))
         RETURNING *`,
        [id, worker, leaseSeconds],
      );
      return rows[0];
    },
    /** Extends this worker's lease and records progress; false when the job is no longer this worker's (cancelled, or taken over). */
    async renew(db: Db, id: string, worker: string, progress: number, leaseSeconds: number): Promise<boolean> {
      const [, affected] = await db.query(
        `UPDATE ${t} SET progress = $3, lease_expires_at = now() + make_interval(secs => $4), updated_at = now() WHERE id = $1 AND worker = $2 AND status = 'running'`,
        [id, worker, progress, leaseSeconds],
      );
      return affected > 0;
    },
    /** Records an outcome (or `queued` for another try) for the job this worker holds; false when it no longer holds it. */
    async finish(
      db: Db,
      id: string,
      worker: string | null,
      fields: { status: Exclude<JobStatus, 'running' | 'cancelled'>; reason?: string | null; output?: unknown },
    ): Promise<boolean> {
      const [, affected] = await db.query(
        `UPDATE ${t} SET status = $2, reason = $3, output = $4, progress = CASE WHEN $2 IN ('ready', 'skipped') THEN 1 ELSE progress END,
           lease_expires_at = NULL, updated_at = now() WHERE id = $1 AND ($5::text IS NULL OR (worker = $5 AND status = 'running'))`,
        [
          id,
          fields.status,
          fields.reason ?? null,
          fields.output == null ? null : JSON.stringify(fields.output),
          worker,
        ],
      );
      return affected > 0;
    },
    /** Cancels an unfinished job; its worker notices at the next lease renewal and stops. */
    async cancel(db: Db, id: string, reason: string): Promise<JobRow | undefined> {
      const [rows] = await db.query(
        `UPDATE ${t} SET status = 'cancelled', reason = $2, lease_expires_at = NULL, updated_at = now() WHERE id = $1 AND status IN ('queued', 'running') RETURNING *`,
        [id, reason],
      );
      return rows[0];
    },
    async resetAttempts(db: Db, id: string): Promise<void> {
      await db.query(`UPDATE ${t} SET attempts = 0 WHERE id = $1`, [id]);
    },
    async find(db: Db, id: string): Promise<JobRow | undefined> {
      return (await db.query(`SELECT * FROM ${t} WHERE id = $1`, [id]))[0];
    },
    /** Jobs nobody is working on now: queued ones, and running ones whose worker stopped renewing the lease. */
    async unfinished(db: Db): Promise<JobRow[]> {
      return db.query(
        `SELECT * FROM ${t} WHERE status = 'queued' OR (status = 'running' AND lease_expires_at < now()) ORDER BY updated_at LIMIT 1000`,
      );
    },
    /** Kinds of the jobs still to run: each needs a handler. */
    async unfinishedKinds(db: Db): Promise<string[]> {
      const rows: { kind: string }[] = await db.query(
        `SELECT DISTINCT kind FROM ${t} WHERE status IN ('queued', 'running')`,
      );
      return rows.map((row) => row.kind);
    },
    /** Milliseconds until the last lease of a running job runs out (0 when none is running). */
    async lastLeaseEndsInMs(db: Db): Promise<number> {
      const [row] = await db.query(
        `SELECT GREATEST(0, EXTRACT(EPOCH FROM max(lease_expires_at) - now()) * 1000)::int AS ms FROM ${t} WHERE status = 'running'`,
      );
      return row?.ms ?? 0;
    },
    /** Jobs left queued or with an expired lease for longer than `staleSeconds`: to be offered again. */
    async stale(db: Db, staleSeconds: number): Promise<JobRow[]> {
      return db.query(
        `SELECT * FROM ${t} WHERE (status = 'queued' AND updated_at < now() - make_interval(secs => $1))
           OR (status = 'running' AND lease_expires_at < now()) ORDER BY updated_at LIMIT 100`,
        [staleSeconds],
      );
    },
  };
}

export type JobsRepository = ReturnType<typeof jobsRepository>;
