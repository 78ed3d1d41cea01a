import { RenditionRequestedSchema, TOPICS } from '@mam/proto';
import { defineJobQueue, type JobRow } from '@mam/jobs';

/** Ingest's jobs (the upload's `ingest` job and each rendition): rows in `rendition_jobs`, offered on the rendition-job topic. */
export const renditionQueue = defineJobQueue({
  table: 'rendition_jobs',
  topic: TOPICS.ingestRenditionJob,
  type: 'rendition.requested',
  schema: RenditionRequestedSchema,
  offer: (job: JobRow) => ({
    jobId: job.id,
    assetId: String(job.asset_id),
    versionId: String(job.version_id),
    kind: job.kind,
  }),
  jobIdOf: (message) => message.jobId,
  aggregateIdOf: (job) => String(job.asset_id),
});

/** The consumer group ingest's workers share. */
export const INGEST_WORKERS_GROUP = 'ingest.workers';
