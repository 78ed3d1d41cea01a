import { RenditionRequestedSchema, TOPICS } from '@mam/proto';
import { defineJobQueue, type JobLane, type JobQueue } from './job-queue';

/** A job queue for this package's tests: its own table, offers on an existing job topic (and its lanes' topics). */
export function testQueue(table: string, lanes?: JobLane[]): JobQueue {
  return defineJobQueue({
    table,
    topic: TOPICS.ingestRenditionJob,
    lanes,
    type: 'rendition.requested',
    schema: RenditionRequestedSchema,
    offer: (job) => ({ jobId: job.id, kind: job.kind }),
    jobIdOf: (message) => message.jobId,
  });
}
