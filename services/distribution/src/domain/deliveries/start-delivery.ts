import { conflict } from '@mam/graphql';
import type { EntityManager } from 'typeorm';
import { uuidv7, type EventActor } from '@mam/events';
import type { JobQueue } from '@mam/jobs';
import { deliveriesRepository, type DeliveryRow } from '../../repositories/deliveries.repository';
import { versionDistributions } from '../../repositories/version-distribution.repository';
import { resolveDestinations } from '../destinations/resolve-destinations';
import { resolveProfiles } from '../profiles/resolve-profiles';
import { checkRights, rightsForbid } from '../rights/check-rights';

/** The job kind that makes and delivers one delivery. */
export const DELIVER_JOB = 'deliver';

export interface DeliveryAsk {
  workspaceId: string;
  assetId: string;
  versionId: string;
  /** The rule that asks; null when asked for by hand. */
  ruleId: string | null;
  requestedBy: string;
  profileIds: string[];
  destinationIds: string[];
  actor: EventActor;
  /** Asked by a rule: a delivery the asset's rights forbid is recorded as REFUSED with the reason, not refused to the caller. */
  byRule?: boolean;
}

/** What makes two deliveries the same: the version, its profiles and its destinations (in any order). */
export const deliverySignature = (profileIds: string[], destinationIds: string[]) =>
  `${[...profileIds].sort().join(',')}|${[...destinationIds].sort().join(',')}`;

/**
 * Queues a delivery of a version in profiles P to destinations D, with one output per profile
 * (each keeping a copy of the settings it is made with), and its job through the outbox, in the
 * caller's transaction. The same delivery already queued or running is refused, naming it. One
 * the asset's rights forbid (an expired licence, a destination's territory or channel not licensed)
 * is refused with the reason (FORBIDDEN) and nothing is made; asked by a rule, it is recorded as REFUSED.
 */
export async function startDelivery(manager: EntityManager, queue: JobQueue, ask: DeliveryAsk): Promise<DeliveryRow> {
  const profiles = await resolveProfiles(manager, ask.workspaceId, ask.profileIds);
  const destinations = await resolveDestinations(manager, ask.workspaceId, ask.destinationIds);
  const refusal = await checkRights(manager, ask.assetId, destinations);
  if (refusal && !ask.byRule) throw rightsForbid(refusal);
  const signature = deliverySignature(ask.profileIds, ask.destinationIds);
  const row = await deliveriesRepository.insert(
    manager,
    {
      id: uuidv7(),
      workspace_id: ask.workspaceId,
      asset_id: ask.assetId,
      version_id: ask.versionId,
      rule_id: ask.ruleId,
      requested_by: ask.requestedBy,
      profile_ids: ask.profileIds,
      destination_ids: ask.destinationIds,
      signature,
    },
    profiles.map((profile) => ({ profileId: profile.id, name: profile.name, spec: profile.spec })),
    refusal ? `refused: ${refusal.reason}` : undefined,
  );
  if (row && refusal) return row;
  if (!row) {
    const running = await deliveriesRepository.running(manager, ask.versionId, signature);
    throw conflict(
      `The same delivery of this version is already ${running?.status.toLowerCase() ?? 'running'}${running ? ` (${running.id})` : ''}`,
      running ? { deliveryId: running.id, status: running.status } : undefined,
    );
  }
  const job = await queue.enqueue(
    manager,
    { kind: DELIVER_JOB, key: row.id, payload: { deliveryId: row.id } },
    ask.actor,
  );
  await deliveriesRepository.setJob(manager, row.id, job.id);
  await versionDistributions.setStatus(manager, ask.versionId, ask.assetId, 'SCHEDULED');
  return { ...row, job_id: job.id };
}
