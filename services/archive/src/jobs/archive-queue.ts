import { ArchiveJobRequestedSchema, TOPICS } from '@mam/proto';
import { defineJobQueue, type JobRow } from '@mam/jobs';

/** Archive's jobs (archive, restore, subclip): rows in `archive_jobs`, offered on the archive job topic. */
export const archiveQueue = defineJobQueue({
  table: 'archive_jobs',
  topic: TOPICS.archiveJob,
  type: 'archive.job-requested',
  schema: ArchiveJobRequestedSchema,
  offer: (job: JobRow) => ({ jobId: job.id, assetId: String(job.asset_id), kind: job.kind }),
  jobIdOf: (message) => message.jobId,
  aggregateIdOf: (job) => String(job.asset_id),
});

/** The consumer group archive's workers share. */
export const ARCHIVE_WORKERS_GROUP = 'archive.workers';

export const ARCHIVE_JOB_KINDS = ['archive', 'restore', 'subclip'];
