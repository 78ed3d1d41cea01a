import { notFound, requireAdmin } from '@mam/graphql';
import type { DistributionContext } from '../../context';
import { rulesRepository, type RuleRow } from '../../repositories/rules.repository';

/** Turns a rule on or off. Admins only. */
export async function setRuleEnabled(context: DistributionContext, id: string, enabled: boolean): Promise<RuleRow> {
  const identity = requireAdmin(context);
  const row = await rulesRepository.setEnabled(context.dataSource, identity.workspaceId, id, enabled);
  if (!row) throw notFound('Rule not found');
  return row;
}

export async function deleteRule(context: DistributionContext, id: string): Promise<boolean> {
  const identity = requireAdmin(context);
  if (!(await rulesRepository.delete(context.dataSource, identity.workspaceId, id))) throw notFound('Rule not found');
  return true;
}
