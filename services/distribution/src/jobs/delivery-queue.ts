import { DeliveryRequestedSchema, TOPICS } from '@mam/proto';
import { defineJobQueue, type JobRow } from '@mam/jobs';

/** Distribution's jobs (one per delivery): rows in `delivery_jobs`, offered on the delivery-job topic. */
export const deliveryQueue = defineJobQueue({
  table: 'delivery_jobs',
  topic: TOPICS.distributionDeliveryJob,
  type: 'delivery.requested',
  schema: DeliveryRequestedSchema,
  offer: (job: JobRow) => ({ jobId: job.id, deliveryId: String(job.payload.deliveryId), assetId: '' }),
  jobIdOf: (message) => message.jobId,
});

/** The consumer group distribution's workers share: more workers, more deliveries at once, each made once. */
export const DISTRIBUTION_WORKERS_GROUP = 'distribution.workers';
