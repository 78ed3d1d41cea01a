import type { DataSource } from '@mam/db';
import type { Logger } from '@mam/logger';
import type { Part } from '@mam/runtime';
import { requestRendition } from '../domain/request-rendition';
import { renditionJobsRepository } from '../repositories/rendition-jobs.repository';

/**
 * Offers again any job that nobody took (its message lost in embedded mode, say) or whose
 * worker died (lease expired), so no upload is ever stuck. Safe on every instance at once:
 * a job still runs on one worker only, through its lease.
 */
export function createJobSweeper(options: { dataSource: DataSource; logger: Logger; intervalMs?: number; staleSeconds?: number }): Part {
  let timer: NodeJS.Timeout | undefined;
  const sweep = async () => {
    const stale = await renditionJobsRepository.stale(options.dataSource, options.staleSeconds ?? 120);
    for (const job of stale) {
      await options.dataSource.transaction((manager) => requestRendition(manager, { assetId: job.asset_id, versionId: job.version_id, kind: job.kind }));
    }
    if (stale.length) options.logger.info({ count: stale.length }, 'stale rendition jobs offered again');
  };
  return {
    async start() {
      timer = setInterval(() => void sweep().catch((error) => options.logger.warn({ err: error }, 'job sweep failed')), options.intervalMs ?? 30_000);
    },
    async stop() {
      if (timer) clearInterval(timer);
    },
  };
}
