import type { EntityManager } from '@mam/db';
import type { JobOutcomeHooks, JobStatus } from '@mam/jobs';
import { archiveJobs, type ArchiveJobRow } from '../repositories/archive-jobs.repository';
import { ARCHIVE_JOBS_CHANNEL, jobNoticesRepository } from '../repositories/job-notices.repository';
import { auditRepository } from '../repositories/audit.repository';

export { ARCHIVE_JOBS_CHANNEL };

type Db = Pick<EntityManager, 'query'>;

/** What a live subscriber gets of a job: its row as it stands after the change. */
export type ArchiveJobUpdate = Pick<
  ArchiveJobRow,
  'id' | 'asset_id' | 'kind' | 'status' | 'progress' | 'reason' | 'output' | 'created_at' | 'updated_at'
>;

const update = (
  job: ArchiveJobRow,
  status: JobStatus,
  progress: number,
  reason: string | null,
  output: unknown = null,
): ArchiveJobUpdate => ({
  id: job.id,
  asset_id: job.asset_id,
  kind: job.kind,
  status,
  progress,
  reason,
  output,
  created_at: job.created_at,
  updated_at: new Date(),
});

const announce = (db: Db, change: ArchiveJobUpdate) => jobNoticesRepository.notify(db, change);

/** Every change of an archive job, announced to live subscribers (archiveJobs). */
export const jobAnnouncements: Required<
  Pick<JobOutcomeHooks<ArchiveJobRow>, 'started' | 'progressed' | 'ready' | 'failed'>
> = {
  started: (db, job) => announce(db, update(job, 'running', 0, null)),
  progressed: (db, job, progress) => announce(db, update(job, 'running', progress, null)),
  ready: (manager, job, output) => announce(manager, update(job, 'ready', 1, null, output)),
  failed: (manager, job, reason) => announce(manager, update(job, 'failed', job.progress, reason)),
};

/** A running job waiting on its storage (a cold tier's restore): said to subscribers and recorded in the audit. */
export async function announceWaiting(db: Db, job: ArchiveJobRow, reason: string): Promise<void> {
  await auditRepository.append(db, {
    assetId: job.asset_id,
    actor: 'archive',
    action: 'waiting for cold storage',
    detail: { jobId: job.id, reason },
  });
  // On the row too, so a page that reads the job (or subscribes) after this moment still says why it waits.
  await archiveJobs.noteWaiting(db, job.id, reason);
  await announce(db, update(job, 'running', 0, reason));
}

/** A newly queued job, announced in the transaction that queues it. */
export const announceQueued = (db: Db, job: ArchiveJobRow) => announce(db, update(job, 'queued', 0, null));

/** Where an asset's unfinished jobs stand now: what a subscriber catches up with after a lost connection. */
export async function unfinishedJobs(db: Db, assetId: string): Promise<ArchiveJobUpdate[]> {
  return (await archiveJobs.ofAsset(db, assetId)).filter((job) => job.status === 'queued' || job.status === 'running');
}
