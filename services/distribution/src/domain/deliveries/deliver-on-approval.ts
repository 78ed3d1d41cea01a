import { GraphQLError } from 'graphql';
import type { EntityManager } from 'typeorm';
import type { EventActor } from '@mam/events';
import type { JobQueue } from '@mam/jobs';
import type { Logger } from '@mam/logger';
import type { VersionApproved } from '@mam/proto';
import { rulesRepository } from '../../repositories/rules.repository';
import { versionDistributions } from '../../repositories/version-distribution.repository';
import { startDelivery } from './start-delivery';

export const RULES_ACTOR: EventActor = { subject: 'distribution-rules', workspaceId: '', kind: 'system' };

/**
 * A version was approved: every enabled "when a version is approved" rule of its workspace queues
 * its delivery; a version with no rule to deliver it stays scheduled for a delivery by hand. A rule
 * whose same delivery is already running is skipped (the event came twice, or a redelivery runs).
 */
export async function deliverOnApproval(
  manager: EntityManager,
  queue: JobQueue,
  approved: VersionApproved,
  logger: Logger,
): Promise<void> {
  await versionDistributions.setStatus(manager, approved.versionId, approved.assetId, 'SCHEDULED');
  for (const rule of await rulesRepository.enabledFor(manager, approved.workspaceId, 'version.approved')) {
    try {
      await startDelivery(manager, queue, {
        workspaceId: approved.workspaceId,
        assetId: approved.assetId,
        versionId: approved.versionId,
        ruleId: rule.id,
        requestedBy: `rule:${rule.id}`,
        profileIds: rule.profile_ids,
        destinationIds: rule.destination_ids,
        actor: { ...RULES_ACTOR, workspaceId: approved.workspaceId },
      });
    } catch (error) {
      // A refusal (the same delivery running, a profile gone) skips this rule; anything else is retried with the event.
      if (!(error instanceof GraphQLError)) throw error;
      logger.warn({ err: error, ruleId: rule.id, versionId: approved.versionId }, 'rule did not start a delivery');
    }
  }
}
