import { requireIdentity } from '@mam/graphql';
import type { DistributionContext } from '../../context';
import { rulesRepository, type RuleRow } from '../../repositories/rules.repository';

export async function listRules(context: DistributionContext): Promise<RuleRow[]> {
  const identity = requireIdentity(context);
  return rulesRepository.list(context.dataSource, identity.workspaceId);
}
