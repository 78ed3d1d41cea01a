import { defineJobRegistry, type JobHandler, type JobRunContext } from '@mam/jobs';
import type { DataSource } from '@mam/db';
import type { Engine, EngineIdentity } from '@mam/enrichment';
import type { Logger } from '@mam/logger';
import type { BlobStorage } from '@mam/storage';
import type { IngestConfig } from '../config';
import { ENRICHMENT_KINDS, type EnrichmentKind } from '../domain/enrichment/plan-enrichment';
import type { EnrichmentJobRow, EnrichmentOutput } from '../repositories/enrichment-jobs.repository';
import type { JobContext } from '../workers/job-context';
import { transcriptStep } from '../workers/enrichment/transcript-step';
import { detectObjectsStep, readTextStep } from '../workers/enrichment/picture-steps';
import { recognizeFacesStep } from '../workers/enrichment/faces-step';
import { matchLogosStep } from '../workers/enrichment/logos-step';
import {
  EngineNotInstalledError,
  engineReady,
  isEngineNotInstalled,
  type EnrichmentEngines,
} from './enrichment-engines';
import { enrichmentOutcomes } from './enrichment-outcomes';

export interface EnrichmentJobDeps {
  dataSource: DataSource;
  storage: BlobStorage;
  config: IngestConfig;
  logger: Logger;
  engines: EnrichmentEngines;
}

/** One kind's work once its engine is known to run here: finds, stores and announces its segments. */
export type EnrichmentStep = (
  job: EnrichmentJobRow,
  identity: EngineIdentity,
  engines: EnrichmentEngines,
  context: JobContext,
) => Promise<EnrichmentOutput>;

/** Which engine each kind needs. */
const ENGINE_OF: Record<EnrichmentKind, (engines: EnrichmentEngines) => Engine | null> = {
  transcript: (engines) => engines.speech,
  text: (engines) => engines.ocr,
  objects: (engines) => engines.vision,
  faces: (engines) => engines.vision,
  logos: (engines) => engines.logos,
};

/** The work of each kind this build has. */
const STEPS: Partial<Record<EnrichmentKind, EnrichmentStep>> = {
  transcript: transcriptStep,
  text: readTextStep,
  objects: detectObjectsStep,
  faces: recognizeFacesStep,
  logos: matchLogosStep,
};

/**
 * The enrichment job kinds and their handlers. Each asks its engine whether it can run here first:
 * one that cannot (program or model missing) skips the job with "skipped: not installed".
 */
export function enrichmentJobRegistry(deps: EnrichmentJobDeps) {
  const context = (run: JobRunContext): JobContext => ({
    ...deps,
    onProgress: (fraction) => run.progress(fraction),
    signal: run.signal,
  });
  const handler = (kind: EnrichmentKind): JobHandler<EnrichmentJobRow> => ({
    ...enrichmentOutcomes,
    run: async (job, run) => {
      try {
        const identity = await engineReady(ENGINE_OF[kind](deps.engines), kind);
        const step = STEPS[kind];
        if (!step) throw new EngineNotInstalledError(`ingest has no ${kind} step in this build`);
        return await step(job, identity, deps.engines, context(run));
      } catch (error) {
        if (isEngineNotInstalled(error))
          deps.logger.warn({ jobId: job.id, kind, detail: error.detail }, 'enrichment engine not installed');
        throw error;
      }
    },
  });
  return defineJobRegistry<EnrichmentJobRow>(Object.fromEntries(ENRICHMENT_KINDS.map((kind) => [kind, handler(kind)])));
}
