import type { DataSource } from 'typeorm';
import { createReconnectingListener, type ReconnectingListener } from '@mam/db';
import type { Logger } from '@mam/logger';
import type { BusRecord, EventBus } from './bus';
import { OUTBOX_CHANNEL } from './outbox';

export interface OutboxRelayOptions {
  dataSource: DataSource;
  databaseUrl: string;
  bus: EventBus;
  logger: Logger;
  batchSize?: number;
  /** Safety net for a missed notification; the relay normally wakes on NOTIFY within milliseconds. */
  pollIntervalMs?: number;
  /** Published rows are kept this long for inspection, then removed. */
  retentionHours?: number;
}

// One relay per database publishes at a time (others wait their turn), which keeps per-key order.
const RELAY_LOCK = 74_400_001;

/** Publishes committed outbox rows in commit order, then marks them published. */
export function createOutboxRelay(options: OutboxRelayOptions) {
  const { dataSource, bus, logger } = options;
  const batchSize = options.batchSize ?? 200;
  let listener: ReconnectingListener | undefined;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let again = false;
  let stopped = true;

  async function publishBatch(): Promise<number> {
    return dataSource.transaction(async (manager) => {
      const [{ locked }] = await manager.query('SELECT pg_try_advisory_xact_lock($1) AS locked', [RELAY_LOCK]);
      if (!locked) return 0;
      const rows: { seq: string; topic: string; key: string; value: Buffer }[] = await manager.query(
        'SELECT seq, topic, key, value FROM outbox WHERE published_at IS NULL ORDER BY seq LIMIT $1',
        [batchSize],
      );
      if (rows.length === 0) return 0;
      const records: BusRecord[] = rows.map((r) => ({ topic: r.topic, key: r.key, value: r.value }));
      await bus.publish(records);
      await manager.query('UPDATE outbox SET published_at = now() WHERE seq = ANY($1::bigint[])', [
        rows.map((r) => r.seq),
      ]);
      return rows.length;
    });
  }

  async function drain(): Promise<void> {
    do {
      again = false;
      try {
        while (!stopped && (await publishBatch()) === batchSize);
      } catch (error) {
        logger.error({ err: error }, 'outbox relay could not publish; will retry');
      }
    } while (again && !stopped);
  }

  function wake(): void {
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    running = drain().finally(() => (running = undefined));
  }

  async function removeOldRows(): Promise<void> {
    await dataSource.query(`DELETE FROM outbox WHERE published_at < now() - make_interval(hours => $1)`, [
      options.retentionHours ?? 72,
    ]);
  }

  return {
    async start(): Promise<void> {
      stopped = false;
      // Rows committed while the wake-up connection was down are published as soon as it is back.
      listener = createReconnectingListener({
        databaseUrl: options.databaseUrl,
        channels: [OUTBOX_CHANNEL],
        onNotification: wake,
        onReconnect: wake,
        onError: (error) =>
          logger.warn({ err: error }, 'outbox listener connection failed; polling continues while it reconnects'),
      });
      await listener.start();
      let ticks = 0;
      timer = setInterval(() => {
        wake();
        if (++ticks % 3600 === 0)
          removeOldRows().catch((error) => logger.warn({ err: error }, 'outbox cleanup failed'));
      }, options.pollIntervalMs ?? 1000);
      wake();
    },
    /** Resolves when every row committed so far has been published (used by tests and drain). */
    async flush(): Promise<void> {
      while (running) await running;
      wake();
      // wake() starts a drain: `running` is set again, which the type checker's narrowing does not see.
      // eslint-disable-next-line @typescript-eslint/await-thenable
      while (running) await running;
    },
    async stop(): Promise<void> {
      stopped = true;
      if (timer) clearInterval(timer);
      while (running) await running;
      await listener?.stop();
      listener = undefined;
    },
  };
}

export type OutboxRelay = ReturnType<typeof createOutboxRelay>;
