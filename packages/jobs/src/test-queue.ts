import { RenditionRequestedSchema, TOPICS } from '@mam/proto';
import { defineJobQueue, type JobQueue } from './job-queue';

/** A job queue for this package's tests: its own table, offers on an existing job topic. */
export function testQueue(table: string): JobQueue {
  return defineJobQueue({
    table,
    topic: TOPICS.ingestRenditionJob,
    type: 'rendition.requested',
    schema: RenditionRequestedSchema,
    offer: (job) => ({ jobId: job.id, kind: job.kind }),
    jobIdOf: (message) => message.jobId,
  });
}
