import type { Part } from '@mam/runtime';
import type { ArchiveDeps } from '../domain/archive-deps';
import { checkDueCopies } from '../domain/fixity/check-copies';

/**
 * Re-checks archive copies on a schedule: every `intervalSeconds` it checks its share of
 * `bytesPerHour`, oldest check first. Instances share the work through the copies' claims.
 */
export function createFixitySchedule(deps: ArchiveDeps, options: { bytesPerHour: number; intervalSeconds: number }) {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> = Promise.resolve();
  const budget = Math.max(1, Math.floor((options.bytesPerHour * options.intervalSeconds) / 3600));
  const tick = () => {
    running = checkDueCopies(deps, budget).catch((error) => deps.logger.warn({ err: error }, 'fixity run failed'));
  };
  const part: Part & { runOnce(budgetBytes?: number): ReturnType<typeof checkDueCopies> } = {
    async start() {
      if (options.intervalSeconds > 0) timer = setInterval(tick, options.intervalSeconds * 1000);
    },
    async stop() {
      if (timer) clearInterval(timer);
      await running;
    },
    /** One run now, with the schedule's budget or the one given. */
    runOnce: (budgetBytes = budget) => checkDueCopies(deps, budgetBytes),
  };
  return part;
}
