import type { DataSource } from '@mam/db';
import type { EntityManager } from 'typeorm';
import { ingestAssetsRepository, type IngestStatus } from '../repositories/ingest-assets.repository';
import { renditionJobsRepository } from '../repositories/rendition-jobs.repository';
import { uploadsRepository } from '../repositories/uploads.repository';

/**
 * An upload that will never finish (its client terminated it, or it expired): the row says so and
 * the asset's ingest status goes back to what is really in flight (see followUploads).
 */
export async function endUpload(
  dataSource: DataSource,
  uploadId: string,
  status: 'terminated' | 'expired',
): Promise<void> {
  await dataSource.transaction(async (manager) => {
    const upload = await uploadsRepository.find(manager, uploadId);
    if (!upload || upload.status !== 'uploading') return;
    await uploadsRepository.update(manager, uploadId, { status });
    await followUploads(manager, upload.asset_id);
  });
}

/**
 * An asset's ingest status from its uploads: UPLOADING while one is uploading, PROCESSING while one
 * is being processed, else the outcome of the latest version's jobs (READY, or FAILED with what
 * failed). An existing asset with no version left waits for its upload again; an asset that only an
 * ended upload had begun never existed, so ingest forgets it.
 */
export async function followUploads(manager: EntityManager, assetId: string): Promise<void> {
  const uploads = await uploadsRepository.statusesForAsset(manager, assetId);
  const set = (status: IngestStatus, reason: string | null = null) =>
    ingestAssetsRepository.setStatus(manager, assetId, status, reason);
  if (uploads.some((upload) => upload.status === 'uploading')) return set('UPLOADING');
  if (uploads.some((upload) => upload.status === 'received')) return set('PROCESSING');
  const latest = uploads.find((upload) => upload.status === 'stored' || upload.status === 'failed');
  if (latest) {
    const jobs = await renditionJobsRepository.statusesForVersion(manager, latest.version_id);
    if (jobs.some((job) => job.status === 'queued' || job.status === 'running')) return set('PROCESSING');
    const failed = jobs.filter((job) => job.status === 'failed');
    if (failed.length) return set('FAILED', failed.map((job) => `${job.kind}: ${job.reason}`).join('; '));
    if (latest.status === 'failed') return set('FAILED', latest.failure_reason);
    return set('READY');
  }
  if (uploads.every((upload) => upload.new_asset)) {
    return ingestAssetsRepository.forget(manager, assetId);
  }
  return set('AWAITING_UPLOAD');
}
