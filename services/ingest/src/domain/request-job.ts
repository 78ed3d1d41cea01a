import type { EntityManager } from 'typeorm';
import type { EventActor } from '@mam/events';
import type { JobQueue } from '@mam/jobs';

export const SYSTEM_ACTOR: EventActor = { subject: 'ingest', workspaceId: '', kind: 'system' };

/** One job of a version: a rendition (renditionQueue) or an enrichment (enrichmentQueue). */
export interface VersionJob {
  assetId: string;
  versionId: string;
  kind: string;
}

/**
 * Queues one job of a version on `queue` (a row, one per version and kind; asking again runs it
 * again) and offers it to that queue's workers, in the caller's transaction.
 */
export async function requestJob(
  queue: Pick<JobQueue, 'enqueue'>,
  manager: EntityManager,
  job: VersionJob,
  actor: EventActor = SYSTEM_ACTOR,
): Promise<string> {
  const row = await queue.enqueue(
    manager,
    {
      kind: job.kind,
      key: job.versionId,
      payload: { assetId: job.assetId, versionId: job.versionId },
      columns: { asset_id: job.assetId, version_id: job.versionId },
    },
    actor,
  );
  return row.id;
}
