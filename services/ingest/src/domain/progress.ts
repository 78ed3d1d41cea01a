import type { EntityManager } from 'typeorm';
import { INGEST_PROGRESS_CHANNEL, progressNoticesRepository } from '../repositories/progress-notices.repository';
import { enrichmentJobsRepository } from '../repositories/enrichment-jobs.repository';
import { renditionJobsRepository } from '../repositories/rendition-jobs.repository';

export { INGEST_PROGRESS_CHANNEL };

export interface IngestProgressUpdate {
  assetId: string;
  versionId: string;
  jobId: string;
  kind: string;
  status: 'queued' | 'running' | 'ready' | 'failed' | 'skipped' | 'cancelled';
  progress: number;
  reason: string | null;
}

/** A job of a version as live subscribers see it: where it stands, how far along, and why if it did not finish. */
export function progressUpdate(
  job: { id: string; kind: string; asset_id: string; version_id: string },
  status: IngestProgressUpdate['status'],
  progress: number,
  reason: string | null = null,
): IngestProgressUpdate {
  return { assetId: job.asset_id, versionId: job.version_id, jobId: job.id, kind: job.kind, status, progress, reason };
}

export async function announceProgress(db: Pick<EntityManager, 'query'>, update: IngestProgressUpdate): Promise<void> {
  await progressNoticesRepository.notify(db, update);
}

/**
 * Where each job of an asset stands now, renditions then enrichment: what a live subscriber
 * catches up with after a lost connection.
 */
export async function currentProgress(
  db: Pick<EntityManager, 'query'>,
  assetId: string,
): Promise<IngestProgressUpdate[]> {
  const jobs = [
    ...(await renditionJobsRepository.forAsset(db, assetId)),
    ...(await enrichmentJobsRepository.forAsset(db, assetId)),
  ];
  return jobs.map((job) => progressUpdate(job, job.status, Number(job.progress), job.reason));
}
