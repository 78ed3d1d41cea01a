import type { Queryable } from './queryable';

/** Announces a live update to every review instance's listeners when the transaction commits. */
export const liveRepository = {
  async notify(db: Queryable, channel: string, payload: unknown): Promise<void> {
    await db.query('SELECT pg_notify($1, $2)', [channel, JSON.stringify(payload)]);
  },
};
