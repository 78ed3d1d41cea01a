import type { DistributionContext } from '../context';
import { destinationsByIds, profilesByIds } from '../domain/read-references';
import type { RuleRow } from '../repositories/rules.repository';

export const DeliveryRuleResolvers = {
  trigger: () => 'VERSION_APPROVED',
  profiles: (rule: RuleRow, _args: unknown, context: DistributionContext) => profilesByIds(context, rule.profile_ids),
  destinations: (rule: RuleRow, _args: unknown, context: DistributionContext) =>
    destinationsByIds(context, rule.destination_ids),
  createdAt: (rule: RuleRow) => rule.created_at.toISOString(),
};
