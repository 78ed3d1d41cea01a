import { ReviewJobRequestedSchema, TOPICS } from '@mam/proto';
import { defineJobQueue, type JobRow } from '@mam/jobs';

/** Review's jobs: rows in `review_jobs`, offered on the review job topic to review's workers. */
export const reviewJobQueue = defineJobQueue({
  table: 'review_jobs',
  topic: TOPICS.reviewJob,
  type: 'review.job-requested',
  schema: ReviewJobRequestedSchema,
  offer: (job: JobRow) => ({ jobId: job.id, kind: job.kind }),
  jobIdOf: (message) => message.jobId,
});

/** The consumer group review's workers share. */
export const REVIEW_WORKERS_GROUP = 'review.workers';

export const MENTION_EMAIL = 'mention-email';

/** What a mention email job carries. */
export type MentionEmail = {
  to: string;
  subject: string;
  text: string;
};
