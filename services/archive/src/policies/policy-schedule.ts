import type { Identity } from '@mam/graphql';
import type { Part } from '@mam/runtime';
import type { ArchiveContext } from '../context';
import type { ArchiveDeps } from '../domain/archive-deps';
import { runDuePolicies } from '../domain/policies/run-due-policies';

/** Wakes every `intervalSeconds` and runs the archive policies whose schedule is due. 0 turns it off. */
export function createPolicySchedule(
  deps: ArchiveDeps,
  contextFor: (identity: Identity) => ArchiveContext,
  options: { intervalSeconds: number },
) {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> = Promise.resolve();
  const tick = () => {
    running = running
      .then(() => runDuePolicies(deps, contextFor))
      .catch((error) => deps.logger.warn({ err: error }, 'policy schedule run failed'));
  };
  const part: Part & { runOnce(): ReturnType<typeof runDuePolicies> } = {
    async start() {
      if (options.intervalSeconds > 0) timer = setInterval(tick, options.intervalSeconds * 1000);
    },
    async stop() {
      if (timer) clearInterval(timer);
      await running;
    },
    /** The due policies run now. */
    runOnce: () => runDuePolicies(deps, contextFor),
  };
  return part;
}
