import { defineJobRegistry, type JobHandler, type JobRunContext } from '@mam/jobs';
import type { DataSource } from '@mam/db';
import type { Logger } from '@mam/logger';
import type { BlobStorage } from '@mam/storage';
import type { IngestConfig } from '../config';
import { PLANNED_RENDITIONS } from '../domain/plan-renditions';
import type { RenditionJobRow } from '../repositories/rendition-jobs.repository';
import type { JobContext } from '../workers/job-context';
import { makeRendition, renditionKinds } from '../workers/make-rendition';
import { storeAndProbe } from '../workers/store-and-probe';
import { renditionOutcomes } from './rendition-outcomes';

export interface RenditionJobDeps {
  dataSource: DataSource;
  storage: BlobStorage;
  config: IngestConfig;
  logger: Logger;
}

/** Every kind ingest queues: the upload's `ingest` job and each planned rendition. */
export const INGEST_JOB_KINDS = ['ingest', ...PLANNED_RENDITIONS];

/** Ingest's job kinds and their handlers: `ingest` stores and probes the master, each rendition kind makes its files. */
export function renditionJobRegistry(deps: RenditionJobDeps) {
  const context = (run: JobRunContext): JobContext => ({
    ...deps,
    onProgress: (fraction) => run.progress(fraction),
    signal: run.signal,
    adopt: run.adopt,
  });
  const ingest: JobHandler<RenditionJobRow> = {
    ...renditionOutcomes,
    run: async (job, run) => {
      await storeAndProbe(job, context(run));
      return null;
    },
  };
  const rendition: JobHandler<RenditionJobRow> = {
    ...renditionOutcomes,
    run: (job, run) => makeRendition(job, context(run)),
  };
  return defineJobRegistry<RenditionJobRow>({
    ingest,
    ...Object.fromEntries(renditionKinds().map((kind) => [kind, rendition])),
  });
}
