import type { DataSource } from '@mam/db';
import type { EventActor } from '@mam/events';
import { ingestAssetsRepository } from '../repositories/ingest-assets.repository';
import { renditionJobsRepository, type RenditionJobRow } from '../repositories/rendition-jobs.repository';
import { renditionQueue } from '../jobs/rendition-queue';
import { requestJob } from './request-job';

/** Queues a job again with its attempts reset (a retry overwrites its previous output); the asset is processing again. */
export async function retryRendition(
  dataSource: DataSource,
  job: RenditionJobRow,
  actor: EventActor,
): Promise<RenditionJobRow> {
  await dataSource.transaction(async (manager) => {
    await renditionQueue.repository.resetAttempts(manager, job.id);
    await ingestAssetsRepository.setStatus(manager, job.asset_id, 'PROCESSING');
    await requestJob(
      renditionQueue,
      manager,
      { assetId: job.asset_id, versionId: job.version_id, kind: job.kind },
      actor,
    );
  });
  return (await renditionJobsRepository.find(dataSource, job.id))!;
}
