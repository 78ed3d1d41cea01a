import type { Identity } from '@mam/graphql';
import type { ArchiveContext } from '../../context';
import { policiesRepository, type PolicyRow } from '../../repositories/policies.repository';
import type { ArchiveDeps } from '../archive-deps';
import { planPolicy } from './archive-selection';

/**
 * The identity a scheduled policy acts as: its workspace's admin who made it, seeing every asset of
 * the workspace. Its jobs and audit entries name the policy's creator.
 */
export const policyIdentity = (policy: PolicyRow): Identity => ({
  subject: policy.created_by,
  workspaceId: policy.workspace_id,
  roles: ['admin'],
  kind: 'system',
  workspaceRole: 'admin',
});

/**
 * Runs every scheduled policy that is due (each claimed by one instance): the assets it selects
 * now (a metadata value taken, days since a delivery, an age, a collection) are queued for
 * archive; what is blocked is logged and tried again at the next run.
 */
export async function runDuePolicies(
  deps: ArchiveDeps,
  contextFor: (identity: Identity) => ArchiveContext,
): Promise<{ policies: number; queued: number }> {
  const due = await policiesRepository.claimDue(deps.dataSource);
  let queued = 0;
  for (const policy of due) {
    try {
      const plan = await planPolicy(contextFor(policyIdentity(policy)), policy, false);
      queued += plan.jobs.length;
      if (plan.jobs.length || plan.blocked.length)
        deps.logger.info(
          { policy: policy.id, queued: plan.jobs.length, blocked: plan.blocked },
          'scheduled archive policy ran',
        );
    } catch (error) {
      deps.logger.warn({ err: error, policy: policy.id }, 'scheduled archive policy failed');
    }
  }
  return { policies: due.length, queued };
}
