import type { EntityManager } from '@mam/db';

/** Archive job changes announced to live subscribers through NOTIFY on the archive database (delivered on commit). */
export const ARCHIVE_JOBS_CHANNEL = 'mam_archive_jobs';

export const jobNoticesRepository = {
  async notify(db: Pick<EntityManager, 'query'>, update: object): Promise<void> {
    await db.query('SELECT pg_notify($1, $2)', [ARCHIVE_JOBS_CHANNEL, JSON.stringify(update)]);
  },
};
