import type { DataSource } from 'typeorm';
import type { Logger } from '@mam/logger';
import type { JobQueue } from './job-queue';

/**
 * Offers again any job that nobody took (its offer lost in embedded mode, say) or whose worker
 * died (lease expired), so no job is ever stuck. Safe on every instance at once: a job still runs
 * on one worker only, through its lease.
 *
 * `resume()`, called once the workers listen, takes up unfinished work at once (an instance coming
 * back from a crash does not wait for the sweep): queued jobs and expired leases are offered now, and
 * jobs still leased (perhaps by this instance's previous life) are offered again the moment their
 * leases run out. The interval is for other instances' crashes.
 */
export function createJobSweeper(options: {
  queue: JobQueue;
  dataSource: DataSource;
  logger: Logger;
  intervalMs?: number;
  staleSeconds?: number;
}) {
  const { queue, dataSource, logger } = options;
  let timer: NodeJS.Timeout | undefined;
  let resumeTimer: NodeJS.Timeout | undefined;
  const resume = async () => {
    const unfinished = await queue.repository.unfinished(dataSource);
    for (const job of unfinished) await dataSource.transaction((manager) => queue.offer(manager, job));
    if (unfinished.length) logger.info({ count: unfinished.length, table: queue.table }, 'unfinished jobs resumed');
  };
  const sweep = async () => {
    const stale = await queue.repository.stale(dataSource, options.staleSeconds ?? 120);
    for (const job of stale) await dataSource.transaction((manager) => queue.offer(manager, job));
    if (stale.length) logger.info({ count: stale.length, table: queue.table }, 'stale jobs offered again');
  };
  return {
    async resume() {
      await resume().catch((error) =>
        logger.warn({ err: error }, 'resuming unfinished jobs failed; the sweep will offer them'),
      );
      const leased = await queue.repository.lastLeaseEndsInMs(dataSource).catch(() => 0);
      if (leased > 0)
        resumeTimer = setTimeout(
          () => void resume().catch((error) => logger.warn({ err: error }, 'resuming leased jobs failed')),
          leased + 500,
        );
    },
    async start() {
      timer = setInterval(
        () => void sweep().catch((error) => logger.warn({ err: error }, 'job sweep failed')),
        options.intervalMs ?? 30_000,
      );
    },
    async stop() {
      if (timer) clearInterval(timer);
      if (resumeTimer) clearTimeout(resumeTimer);
    },
  };
}
