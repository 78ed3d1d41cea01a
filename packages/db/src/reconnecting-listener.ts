import { Client } from 'pg';

export interface ReconnectingListenerOptions {
  databaseUrl: string;
  channels: string[];
  onNotification: (channel: string, payload: string) => void;
  /**
   * Called after the connection came back and LISTEN was issued again: notifications sent while
   * it was down are lost, so listeners re-read what they show. `since` is when it was lost.
   */
  onReconnect?: (since: Date) => void;
  onError?: (error: Error) => void;
  /** First and longest wait between reconnection attempts. */
  minDelayMs?: number;
  maxDelayMs?: number;
}

/**
 * A LISTEN connection that survives the database going away: it reconnects with backoff,
 * listens again and tells its owner it may have missed notifications.
 */
export function createReconnectingListener(options: ReconnectingListenerOptions) {
  const minDelayMs = options.minDelayMs ?? 100;
  const maxDelayMs = options.maxDelayMs ?? 2_000;
  let client: Client | undefined;
  let stopped = true;
  let lostAt: Date | undefined;
  let retry: NodeJS.Timeout | undefined;
  let delay = minDelayMs;

  async function connect(): Promise<void> {
    const next = new Client({ connectionString: options.databaseUrl });
    next.on('notification', (message) => {
      if (message.payload !== undefined) options.onNotification(message.channel, message.payload);
    });
    next.on('error', (error) => {
      options.onError?.(error);
      lost(next);
    });
    next.on('end', () => lost(next));
    try {
      await next.connect();
      for (const channel of options.channels) await next.query(`LISTEN "${channel}"`);
    } catch (error) {
      next.removeAllListeners('end');
      await next.end().catch(() => undefined);
      throw error;
    }
    if (stopped) {
      await next.end().catch(() => undefined);
      return;
    }
    client = next;
    delay = minDelayMs;
    if (lostAt) {
      const since = lostAt;
      lostAt = undefined;
      options.onReconnect?.(since);
    }
  }

  function lost(which: Client): void {
    if (which !== client || stopped) return;
    client = undefined;
    lostAt ??= new Date();
    which.end().catch(() => undefined);
    schedule();
  }

  function schedule(): void {
    if (stopped || retry) return;
    retry = setTimeout(() => {
      retry = undefined;
      connect().catch((error: Error) => {
        options.onError?.(error);
        delay = Math.min(maxDelayMs, delay * 2);
        schedule();
      });
    }, delay);
  }

  return {
    /** Connects and listens; fails if the database does not answer now. */
    async start(): Promise<void> {
      stopped = false;
      await connect();
    },
    get connected(): boolean {
      return client !== undefined;
    },
    async stop(): Promise<void> {
      stopped = true;
      if (retry) clearTimeout(retry);
      retry = undefined;
      const current = client;
      client = undefined;
      await current?.end().catch(() => undefined);
    },
  };
}

export type ReconnectingListener = ReturnType<typeof createReconnectingListener>;
