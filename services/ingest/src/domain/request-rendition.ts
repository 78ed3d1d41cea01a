import type { EntityManager } from 'typeorm';
import { RenditionRequestedSchema, TOPICS } from '@mam/proto';
import { appendToOutbox, uuidv7, type EventActor } from '@mam/events';
import { renditionJobsRepository } from '../repositories/rendition-jobs.repository';

export const SYSTEM_ACTOR: EventActor = { subject: 'ingest', workspaceId: '', kind: 'system' };

/** Queues one unit of work (a job row) and offers it to the workers' consumer group, in the caller's transaction. */
export async function requestRendition(manager: EntityManager, job: { assetId: string; versionId: string; kind: string }, actor: EventActor = SYSTEM_ACTOR): Promise<string> {
  const jobId = await renditionJobsRepository.upsertQueued(manager, { id: uuidv7(), asset_id: job.assetId, version_id: job.versionId, kind: job.kind });
  await offerRendition(manager, { jobId, ...job }, actor);
  return jobId;
}

/**
 * Offers an existing job to the workers again without touching its row: whichever worker claims
 * it first runs it (the lease decides), so an extra offer is harmless.
 */
export async function offerRendition(manager: EntityManager, job: { jobId: string; assetId: string; versionId: string; kind: string }, actor: EventActor = SYSTEM_ACTOR): Promise<void> {
  await appendToOutbox(manager, TOPICS.ingestRenditionJob, {
    type: 'rendition.requested',
    aggregateId: job.assetId,
    actor,
    schema: RenditionRequestedSchema,
    payload: { jobId: job.jobId, assetId: job.assetId, versionId: job.versionId, kind: job.kind },
  });
}
