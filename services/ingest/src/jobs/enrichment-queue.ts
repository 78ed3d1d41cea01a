import { EnrichmentRequestedSchema, TOPICS } from '@mam/proto';
import { defineJobQueue, type JobRow } from '@mam/jobs';

/** Enrichment jobs: rows in `enrichment_jobs`, offered on their own topic, so engines never hold up renditions. */
export const enrichmentQueue = defineJobQueue({
  table: 'enrichment_jobs',
  topic: TOPICS.ingestEnrichmentJob,
  type: 'enrichment.requested',
  schema: EnrichmentRequestedSchema,
  offer: (job: JobRow) => ({
    jobId: job.id,
    assetId: String(job.asset_id),
    versionId: String(job.version_id),
    kind: job.kind,
  }),
  jobIdOf: (message) => message.jobId,
  aggregateIdOf: (job) => String(job.asset_id),
});

/** The consumer group enrichment workers share (instances with ENRICHMENT_WORKER=true). */
export const ENRICHMENT_WORKERS_GROUP = 'ingest.enrichment';
