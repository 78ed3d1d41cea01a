import type { EntityManager } from 'typeorm';

/** Job progress announced to live subscribers through NOTIFY on the ingest database (delivered on commit). */
export const INGEST_PROGRESS_CHANNEL = 'mam_ingest_progress';

export const progressNoticesRepository = {
  async notify(db: Pick<EntityManager, 'query'>, update: object): Promise<void> {
    await db.query('SELECT pg_notify($1, $2)', [INGEST_PROGRESS_CHANNEL, JSON.stringify(update)]);
  },
};
