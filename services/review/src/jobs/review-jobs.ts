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
export const GUEST_WATERMARK = 'guest-watermark';

/** Every job kind review queues: each needs a handler. */
export const REVIEW_JOB_KINDS = [MENTION_EMAIL, GUEST_WATERMARK];

/** What a mention email job carries. */
export type MentionEmail = {
  to: string;
  subject: string;
  text: string;
};

/** What a guest watermark job carries: the clean proxy, the copy to write, and the text to burn in. */
export type GuestWatermark = {
  versionId: string;
  proxyKey: string;
  outputKey: string;
  text: string;
};

/** What a finished guest watermark job leaves: the watermarked copy's storage key. */
export type GuestWatermarkOutput = { key: string };
