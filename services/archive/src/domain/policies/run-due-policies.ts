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

/** What one scheduled run of a policy did: how many archives it queued, and why the others are not queued yet. */
export interface PolicyRun {
  policyId: string;
  name: string;
  queued: number;
  blocked: string[];
}

/**
 * Runs every scheduled policy that is due (each claimed by one instance): the assets it selects
 * now (a metadata value taken, days since a delivery, an age, a collection) are queued for
 * archive; what is blocked is logged and tried again at the next run.
 */
export async function runDuePolicies(
  deps: ArchiveDeps,
  contextFor: (identity: Identity) => ArchiveContext,
): Promise<PolicyRun[]> {
  const due = await policiesRepository.claimDue(deps.dataSource);
  const runs: PolicyRun[] = [];
  for (const policy of due) {
    try {
      const plan = await planPolicy(contextFor(policyIdentity(policy)), policy, false);
      runs.push({
        policyId: policy.id,
        name: policy.name,
        queued: plan.jobs.length,
        blocked: plan.blocked.map((b) => `${b.assetId}: ${b.reason}`),
      });
      if (plan.jobs.length || plan.blocked.length)
        deps.logger.info(
          { policy: policy.id, queued: plan.jobs.length, blocked: plan.blocked },
          'scheduled archive policy ran',
        );
    } catch (error) {
      runs.push({ policyId: policy.id, name: policy.name, queued: 0, blocked: [(error as Error).message] });
      deps.logger.warn({ err: error, policy: policy.id }, 'scheduled archive policy failed');
    }
  }
  return runs;
}
