import type { EntityManager } from 'typeorm';
import type { EventActor } from '@mam/events';
import { renditionQueue } from '../jobs/rendition-queue';

export const SYSTEM_ACTOR: EventActor = { subject: 'ingest', workspaceId: '', kind: 'system' };

/** Queues one unit of work (a job row, one per version and kind) and offers it to the workers, in the caller's transaction. */
export async function requestRendition(
  manager: EntityManager,
  job: { assetId: string; versionId: string; kind: string },
  actor: EventActor = SYSTEM_ACTOR,
): Promise<string> {
  const row = await renditionQueue.enqueue(
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
