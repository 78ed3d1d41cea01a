import type { EntityManager } from 'typeorm';
import { ingestAssetsRepository } from '../repositories/ingest-assets.repository';
import { renditionJobsRepository } from '../repositories/rendition-jobs.repository';

/**
 * Once every job of a version has finished, the asset is READY, or FAILED naming what failed.
 * A READY asset whose renditions were skipped (they do not apply to its media) says which and why.
 */
export async function settleVersion(manager: EntityManager, assetId: string, versionId: string): Promise<void> {
  const jobs = await renditionJobsRepository.statusesForVersion(manager, versionId);
  if (jobs.some((job) => job.status === 'queued' || job.status === 'running')) return;
  const failed = jobs.filter((job) => job.status === 'failed');
  const skipped = jobs.filter((job) => job.status === 'skipped');
  const noted = failed.length ? failed : skipped;
  await ingestAssetsRepository.setStatus(
    manager,
    assetId,
    failed.length ? 'FAILED' : 'READY',
    noted.length ? noted.map((job) => `${job.kind}: ${job.reason}`).join('; ') : null,
  );
}
