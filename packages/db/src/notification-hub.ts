import { Client } from 'pg';

/**
 * Fans PostgreSQL NOTIFY payloads on one channel out to in-process subscribers. Every instance
 * of a service listens to its own database, so a change committed by any instance reaches the
 * live subscribers of all of them.
 */
export function createNotificationHub<T>(options: { databaseUrl: string; channel: string; onError?: (error: Error) => void }) {
  const subscribers = new Set<(payload: T) => void>();
  let client: Client | undefined;

  return {
    async start(): Promise<void> {
      client = new Client({ connectionString: options.databaseUrl });
      client.on('notification', (message) => {
        if (message.channel !== options.channel || !message.payload) return;
        let payload: T;
        try {
          payload = JSON.parse(message.payload) as T;
        } catch {
          return;
        }
        for (const deliver of subscribers) deliver(payload);
      });
      client.on('error', (error) => options.onError?.(error));
      await client.connect();
      await client.query(`LISTEN "${options.channel}"`);
    },
    async stop(): Promise<void> {
      await client?.end().catch(() => undefined);
      client = undefined;
    },
    /**
     * An async iterator of payloads that pass `filter`, in the order they were notified, ending
     * when the subscriber leaves. The filter may be async (e.g. an access check per payload).
     */
    subscribe(filter: (payload: T) => boolean | Promise<boolean>): AsyncIterableIterator<T> {
      const queue: T[] = [];
      let wake: (() => void) | undefined;
      let done = false;
      let checks = Promise.resolve();
      const deliver = (payload: T) => {
        checks = checks.then(async () => {
          const wanted = await Promise.resolve(filter(payload)).catch(() => false);
          if (!wanted || done) return;
          queue.push(payload);
          wake?.();
        });
      };
      subscribers.add(deliver);
      const finish = async (): Promise<IteratorResult<T>> => {
        done = true;
        subscribers.delete(deliver);
        wake?.();
        return { value: undefined, done: true };
      };
      return {
        [Symbol.asyncIterator]() {
          return this;
        },
        async next(): Promise<IteratorResult<T>> {
          while (!done) {
            const value = queue.shift();
            if (value !== undefined) return { value, done: false };
            await new Promise<void>((resolve) => (wake = resolve));
            wake = undefined;
          }
          return { value: undefined, done: true };
        },
        return: finish,
        throw: finish,
      };
    },
  };
}

export type NotificationHub<T> = ReturnType<typeof createNotificationHub<T>>;
