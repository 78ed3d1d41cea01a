import type { JobOutcomeHooks } from '@mam/jobs';
import { isMediaError, isNotApplicable } from '@mam/media';
import { announceProgress, progressUpdate } from '../domain/progress';
import type { EnrichmentJobRow } from '../repositories/enrichment-jobs.repository';
import { isEnrichmentSkipped } from './enrichment-engines';

/**
 * What ingest does as enrichment jobs move: progress goes to live subscribers (ingestProgress).
 * Enrichment never changes the asset's ingest status: a missing engine skips its job ("skipped: not
 * installed"), media an engine cannot read fails only that job.
 */
export const enrichmentOutcomes: JobOutcomeHooks<EnrichmentJobRow> = {
  started: (db, job) => announceProgress(db, progressUpdate(job, 'running', 0)),
  progressed: (db, job, progress) => announceProgress(db, progressUpdate(job, 'running', progress)),
  ready: (manager, job) => announceProgress(manager, progressUpdate(job, 'ready', 1)),
  skipped: (manager, job, reason) => announceProgress(manager, progressUpdate(job, 'skipped', 1, reason)),
  failed: (manager, job, reason) => announceProgress(manager, progressUpdate(job, 'failed', 0, reason)),
  classify: (error) =>
    isEnrichmentSkipped(error) || isNotApplicable(error) ? 'skip' : isMediaError(error) ? 'permanent' : 'retry',
};
