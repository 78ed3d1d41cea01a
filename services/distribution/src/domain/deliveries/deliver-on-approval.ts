import type { EntityManager } from 'typeorm';
import type { JobQueue } from '@mam/jobs';
import type { Logger } from '@mam/logger';
import type { VersionApproved } from '@mam/proto';
import { rulesRepository } from '../../repositories/rules.repository';
import { versionDistributions } from '../../repositories/version-distribution.repository';
import { deliverByRules } from '../rules/deliver-by-rules';

/**
 * A version was approved: every enabled "when a version is approved" rule of its workspace queues
 * its delivery; a version with no rule to deliver it stays scheduled for a delivery by hand.
 */
export async function deliverOnApproval(
  manager: EntityManager,
  queue: JobQueue,
  approved: VersionApproved,
  logger: Logger,
): Promise<void> {
  await versionDistributions.setStatus(manager, approved.versionId, approved.assetId, 'SCHEDULED');
  const rules = await rulesRepository.enabledFor(manager, approved.workspaceId, 'version.approved');
  const { workspaceId, assetId, versionId } = approved;
  await deliverByRules(manager, queue, rules, { workspaceId, assetId, versionId }, logger);
}
