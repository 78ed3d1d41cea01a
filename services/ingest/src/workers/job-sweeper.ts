import type { DataSource } from '@mam/db';
import type { Logger } from '@mam/logger';
import type { Part } from '@mam/runtime';
import { offerRendition, requestRendition } from '../domain/request-rendition';
import { renditionJobsRepository } from '../repositories/rendition-jobs.repository';

/**
 * Offers again any job that nobody took (its message lost in embedded mode, say) or whose
 * worker died (lease expired), so no upload is ever stuck. Safe on every instance at once:
 * a job still runs on one worker only, through its lease.
 *
 * `resume()`, called once the workers listen, takes up unfinished work at once (an instance coming back from a crash does not wait
 * for the sweep): queued jobs and expired leases are offered now, and jobs still leased (perhaps
 * by this instance's previous life) are offered again the moment their leases run out. The
 * interval is for other instances' crashes.
 */
export function createJobSweeper(options: { dataSource: DataSource; logger: Logger; intervalMs?: number; staleSeconds?: number }): Part & { resume(): Promise<void> } {
  let timer: NodeJS.Timeout | undefined;
  let resumeTimer: NodeJS.Timeout | undefined;
  const resume = async () => {
    const unfinished = await renditionJobsRepository.unfinished(options.dataSource);
    for (const job of unfinished) {
      await options.dataSource.transaction((manager) => offerRendition(manager, { jobId: job.id, assetId: job.asset_id, versionId: job.version_id, kind: job.kind }));
    }
    if (unfinished.length) options.logger.info({ count: unfinished.length }, 'unfinished rendition jobs resumed');
  };
  const sweep = async () => {
    const stale = await renditionJobsRepository.stale(options.dataSource, options.staleSeconds ?? 120);
    for (const job of stale) {
      await options.dataSource.transaction((manager) => requestRendition(manager, { assetId: job.asset_id, versionId: job.version_id, kind: job.kind }));
    }
    if (stale.length) options.logger.info({ count: stale.length }, 'stale rendition jobs offered again');
  };
  return {
    async resume() {
      await resume().catch((error) => options.logger.warn({ err: error }, 'resuming unfinished jobs failed; the sweep will offer them'));
      const leased = await renditionJobsRepository.lastLeaseEndsInMs(options.dataSource).catch(() => 0);
      if (leased > 0) resumeTimer = setTimeout(() => void resume().catch((error) => options.logger.warn({ err: error }, 'resuming leased jobs failed')), leased + 500);
    },
    async start() {
      timer = setInterval(() => void sweep().catch((error) => options.logger.warn({ err: error }, 'job sweep failed')), options.intervalMs ?? 30_000);
    },
    async stop() {
      if (timer) clearInterval(timer);
      if (resumeTimer) clearTimeout(resumeTimer);
    },
  };
}
