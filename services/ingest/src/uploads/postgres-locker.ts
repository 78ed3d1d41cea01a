import { randomUUID } from 'node:crypto';
import { ERRORS, type Lock, type Locker, type RequestRelease } from '@tus/server';
import type { DataSource, NotificationHub } from '@mam/db';

export const UPLOAD_LOCK_RELEASE_CHANNEL = 'mam_upload_lock_release';

export interface PostgresLockerOptions {
  dataSource: DataSource;
  /** Hub of UPLOAD_LOCK_RELEASE_CHANNEL: every instance hears a request to release an upload's lock. */
  releases: NotificationHub<{ uploadId: string }>;
  /** How long a lock outlives its holder if that instance dies (renewed at a third of it). */
  leaseMs?: number;
  acquireTimeoutMs?: number;
  retryMs?: number;
}

/**
 * tus locks shared by every ingest instance through the ingest database, so requests for one
 * upload may reach any instance behind a load balancer. A lock is a lease row renewed while held;
 * a request that finds the upload locked asks the holder (on whichever instance) to let go, as
 * tus expects when a client resumes after a broken connection, and waits for it.
 */
export function createPostgresLocker(options: PostgresLockerOptions): Locker {
  const leaseMs = options.leaseMs ?? 15_000;
  const acquireTimeoutMs = options.acquireTimeoutMs ?? 30_000;
  const retryMs = options.retryMs ?? 100;
  const { dataSource } = options;
  /** Locks this instance holds: their release callbacks, by upload id. */
  const held = new Map<string, RequestRelease>();

  const releaseRequests = options.releases.subscribe((message) => held.has(message.uploadId));
  void (async () => {
    for await (const message of releaseRequests) await held.get(message.uploadId)?.();
  })();

  const tryAcquire = async (uploadId: string, holder: string): Promise<boolean> => {
    const rows: unknown[] = await dataSource.query(
      `INSERT INTO upload_locks (upload_id, holder, expires_at) VALUES ($1, $2, now() + $3 * interval '1 millisecond')
       ON CONFLICT (upload_id) DO UPDATE SET holder = EXCLUDED.holder, expires_at = EXCLUDED.expires_at WHERE upload_locks.expires_at < now()
       RETURNING upload_id`,
      [uploadId, holder, leaseMs],
    );
    return rows.length > 0;
  };

  return {
    newLock(uploadId: string): Lock {
      const holder = randomUUID();
      let renewal: NodeJS.Timeout | undefined;
      return {
        async lock(stopSignal: AbortSignal, requestRelease: RequestRelease): Promise<void> {
          const deadline = Date.now() + acquireTimeoutMs;
          // Asked again every second: a request sent while the holder's listener was reconnecting is lost.
          let askedAt = 0;
          while (!(await tryAcquire(uploadId, holder))) {
            if (stopSignal.aborted || Date.now() > deadline) throw ERRORS.ERR_LOCK_TIMEOUT;
            if (Date.now() - askedAt >= 1_000) {
              await dataSource.query('SELECT pg_notify($1, $2)', [
                UPLOAD_LOCK_RELEASE_CHANNEL,
                JSON.stringify({ uploadId }),
              ]);
              askedAt = Date.now();
            }
            await new Promise((resolve) => setTimeout(resolve, retryMs));
          }
          held.set(uploadId, requestRelease);
          renewal = setInterval(
            () => {
              void dataSource
                .query(
                  `UPDATE upload_locks SET expires_at = now() + $3 * interval '1 millisecond' WHERE upload_id = $1 AND holder = $2`,
                  [uploadId, holder, leaseMs],
                )
                .catch(() => undefined);
            },
            Math.max(1_000, Math.floor(leaseMs / 3)),
          );
          renewal.unref();
        },
        async unlock(): Promise<void> {
          clearInterval(renewal);
          if (held.get(uploadId)) held.delete(uploadId);
          await dataSource.query('DELETE FROM upload_locks WHERE upload_id = $1 AND holder = $2', [uploadId, holder]);
        },
      };
    },
  };
}
