import type { EntityManager } from '@mam/db';
import type { JobRow } from '@mam/jobs';

type Db = Pick<EntityManager, 'query'>;

export type ArchiveJobKind = 'archive' | 'restore' | 'subclip';

export type ArchiveJobRow = JobRow<ArchiveJobPayload> & { asset_id: string };

export type ArchiveJobPayload = Record<string, unknown> & {
  versionIds?: string[];
  versionId?: string;
  startTimecode?: string;
  endTimecode?: string;
  requestedBy?: string;
  workspaceId?: string;
  policyId?: string | null;
  retentionDays?: number | null;
  /** The locations its copies go to (a policy's); absent: the first ARCHIVE_COPIES configured. */
  locations?: string[] | null;
};

/** Archive's own reads of its job table (the jobs package writes it, but for what a running job waits on). */
export const archiveJobs = {
  /** Serialises requests about one asset for the rest of the caller's transaction. */
  async lockAsset(db: Db, assetId: string): Promise<void> {
    await db.query(`SELECT pg_advisory_xact_lock(hashtext('archive-asset:' || $1))`, [assetId]);
  },

  async unfinished(db: Db, assetId: string, kind: ArchiveJobKind, key?: string): Promise<ArchiveJobRow | null> {
    const [row]: ArchiveJobRow[] = await db.query(
      `SELECT * FROM archive_jobs WHERE asset_id::text = $1 AND kind = $2 AND ($3::text IS NULL OR key = $3) AND status IN ('queued', 'running') LIMIT 1`,
      [assetId, kind, key ?? null],
    );
    return row ?? null;
  },

  async ofAsset(db: Db, assetId: string): Promise<ArchiveJobRow[]> {
    return db.query('SELECT * FROM archive_jobs WHERE asset_id::text = $1 ORDER BY created_at DESC LIMIT 50', [
      assetId,
    ]);
  },

  /** What a running job is waiting on (a cold tier's restore), kept on its row until the job moves on. */
  async noteWaiting(db: Db, jobId: string, reason: string): Promise<void> {
    await db.query(
      `UPDATE archive_jobs SET reason = $2, updated_at = now() WHERE id::text = $1 AND status = 'running'`,
      [jobId, reason],
    );
  },

  async find(db: Db, jobId: string): Promise<ArchiveJobRow | null> {
    const [row]: ArchiveJobRow[] = await db.query('SELECT * FROM archive_jobs WHERE id::text = $1', [jobId]);
    return row ?? null;
  },
};
