import pg from 'pg';

/** SQLSTATEs of a server that refuses a new connection for now: out of connection slots, or starting up. */
const REFUSED_FOR_NOW = new Set(['53300', '57P03']);
/** How long a query waits, at most, for a server out of connection slots to free one. */
const PATIENCE_MS = 10_000;

const refusedForNow = (error: unknown) =>
  typeof error === 'object' && error !== null && REFUSED_FOR_NOW.has(String((error as { code?: unknown }).code));

type ConnectCallback = (
  error: Error | undefined,
  client: pg.PoolClient | undefined,
  done: (release?: unknown) => void,
) => void;

/**
 * A pool that waits (with backoff, up to 10 s) when the server has no connection slot free, instead of
 * failing the query at once: servers shared by several services run out of slots in bursts, and a
 * slot frees as soon as another pool lets an idle connection go. After that, the refusal stands (and
 * is answered as UNAVAILABLE).
 */
export class PatientPool extends pg.Pool {
  override connect(): Promise<pg.PoolClient>;
  override connect(callback: ConnectCallback): void;
  override connect(callback?: ConnectCallback): Promise<pg.PoolClient> | void {
    const until = Date.now() + PATIENCE_MS;
    const attempt = async (delayMs: number): Promise<pg.PoolClient> => {
      try {
        return await super.connect();
      } catch (error) {
        if (!refusedForNow(error) || Date.now() + delayMs > until) throw error;
        await new Promise((resolve) => setTimeout(resolve, delayMs));
        return attempt(Math.min(delayMs * 2, 1_000));
      }
    };
    const connected = attempt(50);
    if (!callback) return connected;
    connected.then(
      (client) => callback(undefined, client, (release?: unknown) => client.release(release as Error | undefined)),
      (error: Error) => callback(error, undefined, () => undefined),
    );
  }
}

/** The `pg` module as TypeORM loads it, with the patient pool in place of its own. */
export const patientPg: typeof pg = Object.assign(Object.create(pg) as typeof pg, { Pool: PatientPool });
