import { GraphQLError } from 'graphql';
import type { EntityManager } from 'typeorm';
import type { EventActor } from '@mam/events';
import type { JobQueue } from '@mam/jobs';
import type { Logger } from '@mam/logger';
import type { RuleRow } from '../../repositories/rules.repository';
import { startDelivery } from '../deliveries/start-delivery';

export const RULES_ACTOR: EventActor = { subject: 'distribution-rules', workspaceId: '', kind: 'system' };

/**
 * Each rule queues its delivery of the version (or records it refused for the asset's rights). A
 * rule whose same delivery is already running is skipped (the event came twice, or a redelivery
 * runs), as is one whose profile has gone; anything else is retried with the event.
 */
export async function deliverByRules(
  manager: EntityManager,
  queue: JobQueue,
  rules: RuleRow[],
  version: { workspaceId: string; assetId: string; versionId: string },
  logger: Logger,
): Promise<void> {
  for (const rule of rules) {
    try {
      await startDelivery(manager, queue, {
        workspaceId: version.workspaceId,
        assetId: version.assetId,
        versionId: version.versionId,
        ruleId: rule.id,
        requestedBy: `rule:${rule.id}`,
        profileIds: rule.profile_ids,
        destinationIds: rule.destination_ids,
        actor: { ...RULES_ACTOR, workspaceId: version.workspaceId },
        byRule: true,
      });
    } catch (error) {
      if (!(error instanceof GraphQLError)) throw error;
      logger.warn({ err: error, ruleId: rule.id, versionId: version.versionId }, 'rule did not start a delivery');
    }
  }
}
