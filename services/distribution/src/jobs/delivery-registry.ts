import { defineJobRegistry, type JobHandler } from '@mam/jobs';
import { isMediaError } from '@mam/media';
import { DELIVER_JOB } from '../domain/deliveries/start-delivery';
import { failDelivery, settleDelivery } from '../domain/deliveries/settle-delivery';
import { RightsRefusedError } from '../domain/rights/check-rights';
import { runDelivery, type RunDeliveryDeps } from './run-delivery';

/** Every kind distribution queues. */
export const DISTRIBUTION_JOB_KINDS = [DELIVER_JOB];

const deliveryIdOf = (payload: Record<string, unknown>) => String(payload.deliveryId);

/** Distribution's job kinds and their handlers: `deliver` makes, verifies and delivers one delivery. */
export function deliveryJobRegistry(deps: RunDeliveryDeps) {
  const deliver: JobHandler = {
    run: (job, run) => runDelivery(deliveryIdOf(job.payload), run, deps),
    ready: (manager, job, output) =>
      output === null ? Promise.resolve() : settleDelivery(manager, deliveryIdOf(job.payload)),
    failed: (manager, job, reason) => failDelivery(manager, deliveryIdOf(job.payload), reason),
    // The master itself cannot be made into these outputs, or the rights forbid the delivery: trying again gives the same answer.
    classify: (error) => (isMediaError(error) || error instanceof RightsRefusedError ? 'permanent' : 'retry'),
  };
  return defineJobRegistry({ [DELIVER_JOB]: deliver });
}
