import type { JobOutcomeHooks } from '@mam/jobs';
import { isMediaError, isNotApplicable } from '@mam/media';
import { announceProgress } from '../domain/progress';
import type { EnrichmentJobRow } from '../repositories/enrichment-jobs.repository';
import { isEnrichmentSkipped } from './enrichment-engines';

const update = (
  job: EnrichmentJobRow,
  status: 'running' | 'ready' | 'failed' | 'skipped',
  progress: number,
  reason: string | null = null,
) => ({
  assetId: job.asset_id,
  versionId: job.version_id,
  jobId: job.id,
  kind: job.kind,
  status,
  progress,
  reason,
});

/**
 * What ingest does as enrichment jobs move: progress goes to live subscribers (ingestProgress).
 * Enrichment never changes the asset's ingest status: a missing engine skips its job ("skipped: not
 * installed"), media an engine cannot read fails only that job.
 */
export const enrichmentOutcomes: JobOutcomeHooks<EnrichmentJobRow> = {
  started: (db, job) => announceProgress(db, update(job, 'running', 0)),
  progressed: (db, job, progress) => announceProgress(db, update(job, 'running', progress)),
  ready: (manager, job) => announceProgress(manager, update(job, 'ready', 1)),
  skipped: (manager, job, reason) => announceProgress(manager, update(job, 'skipped', 1, reason)),
  failed: (manager, job, reason) => announceProgress(manager, update(job, 'failed', 0, reason)),
  classify: (error) =>
    isEnrichmentSkipped(error) || isNotApplicable(error) ? 'skip' : isMediaError(error) ? 'permanent' : 'retry',
};
