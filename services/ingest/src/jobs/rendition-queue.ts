import { RenditionRequestedSchema, TOPICS } from '@mam/proto';
import { defineJobQueue, type JobRow } from '@mam/jobs';

/** The kinds that make an upload a version assets knows and search finds: never behind media work. */
export const REGISTRATION_JOB_KINDS = ['ingest'] as const;

/** Kinds a worker runs side by side on their own lane, up to PREVIEW_JOBS_PARALLEL (previews: short, a core each). */
export const PARALLEL_RENDITION_KINDS = ['preview'] as const;

/**
 * Ingest's jobs (the upload's `ingest` job and each rendition): rows in `rendition_jobs`. Renditions
 * are offered on the rendition-job topic; the `ingest` job (store, probe, record the version) on a
 * registration lane of its own, so a new upload is registered while other uploads' proxies transcode;
 * previews on a previews lane, several at a time.
 */
export const renditionQueue = defineJobQueue({
  table: 'rendition_jobs',
  topic: TOPICS.ingestRenditionJob,
  lanes: [
    { name: 'registration', topic: TOPICS.ingestRegistrationJob, kinds: REGISTRATION_JOB_KINDS },
    // Previews on a lane of their own, run side by side: a card of photos never waits behind a proxy, nor a proxy behind it.
    { name: 'previews', topic: TOPICS.ingestPreviewJob, kinds: PARALLEL_RENDITION_KINDS },
  ],
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

/** The consumer group ingest's workers share; the lanes' are `ingest.workers.registration` and `ingest.workers.previews`. */
export const INGEST_WORKERS_GROUP = 'ingest.workers';
