import type { JobRow } from '@mam/jobs';
import type { Queryable } from './queryable';

/** Guests' watermarked copies are job rows of review_jobs (kind guest-watermark, key `<version>:<guest hash>`): the row is the cache. */
export const guestCopiesRepository = {
  async find(db: Queryable, kind: string, key: string): Promise<JobRow | null> {
    const [row]: JobRow[] = await db.query('SELECT * FROM review_jobs WHERE kind = $1 AND key = $2', [kind, key]);
    return row ?? null;
  },

  /** Serialises the first asks for one copy across review instances, until the transaction ends. */
  async lock(db: Queryable, kind: string, key: string): Promise<void> {
    await db.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [`${kind}:${key}`]);
  },
};
