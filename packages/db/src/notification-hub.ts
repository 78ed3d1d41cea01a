import { createReconnectingListener } from './reconnecting-listener';

/** How many recent deliveries a subscriber remembers, so catching up does not repeat them. */
const RECENT = 100;

export interface SubscribeOptions<T> {
  /**
   * Re-reads what a subscriber may have missed while the LISTEN connection was down (NOTIFY is not
   * kept for absent listeners): the current state, or changes since `since`. Each result passes
   * the filter like a notification; ones this subscriber was just given are not repeated.
   */
  catchUp?: (since: Date) => Promise<T[]>;
}

/**
 * Fans PostgreSQL NOTIFY payloads on one channel out to in-process subscribers. Every instance
 * of a service listens to its own database, so a change committed by any instance reaches the
 * live subscribers of all of them. When the database restarts the hub reconnects, listens again
 * and lets each subscriber catch up on what it missed meanwhile.
 */
export function createNotificationHub<T>(options: {
  databaseUrl: string;
  channel: string;
  onError?: (error: Error) => void;
}) {
  const subscribers = new Set<{
    deliver: (payload: T, catchingUp?: boolean) => void;
    catchUp?: (since: Date) => Promise<T[]>;
  }>();
  const listener = createReconnectingListener({
    databaseUrl: options.databaseUrl,
    channels: [options.channel],
    onError: options.onError,
    onNotification: (_channel, raw) => {
      if (!raw) return;
      let payload: T;
      try {
        payload = JSON.parse(raw) as T;
      } catch {
        return;
      }
      for (const subscriber of subscribers) subscriber.deliver(payload);
    },
    onReconnect: (since) => {
      for (const subscriber of subscribers) {
        subscriber.catchUp?.(since).then(
          (missed) => missed.forEach((payload) => subscriber.deliver(payload, true)),
          (error: Error) => options.onError?.(error),
        );
      }
    },
  });

  return {
    start: () => listener.start(),
    stop: () => listener.stop(),
    /** Whether the LISTEN connection is up (it reconnects by itself). */
    get listening(): boolean {
      return listener.connected;
    },
    /**
     * An async iterator of payloads that pass `filter`, in the order they were notified, ending
     * when the subscriber leaves. The filter may be async (e.g. an access check per payload).
     */
    subscribe(
      filter: (payload: T) => boolean | Promise<boolean>,
      subscribeOptions: SubscribeOptions<T> = {},
    ): AsyncIterableIterator<T> {
      const queue: T[] = [];
      const recent: string[] = [];
      let wake: (() => void) | undefined;
      let done = false;
      let checks = Promise.resolve();
      const deliver = (payload: T, catchingUp = false) => {
        checks = checks.then(async () => {
          const wanted = await Promise.resolve(filter(payload)).catch(() => false);
          if (!wanted || done) return;
          const key = JSON.stringify(payload);
          if (catchingUp && recent.includes(key)) return;
          recent.push(key);
          if (recent.length > RECENT) recent.shift();
          queue.push(payload);
          wake?.();
        });
      };
      const subscriber = { deliver, catchUp: subscribeOptions.catchUp };
      subscribers.add(subscriber);
      const finish = async (): Promise<IteratorResult<T>> => {
        done = true;
        subscribers.delete(subscriber);
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
