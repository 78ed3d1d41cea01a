import type { DistributionContext } from '../context';
import { destinationsByIds, profilesByIds } from '../domain/read-references';
import type { RuleRow, RuleTrigger } from '../repositories/rules.repository';

export const TRIGGER_NAMES: Record<string, RuleTrigger> = {
  VERSION_APPROVED: 'version.approved',
  ADDED_TO_COLLECTION: 'collection.added',
  METADATA_VALUE_SET: 'metadata.set',
};
const NAME_OF = Object.fromEntries(Object.entries(TRIGGER_NAMES).map(([name, trigger]) => [trigger, name]));

export const DeliveryRuleResolvers = {
  trigger: (rule: RuleRow) => NAME_OF[rule.trigger],
  collectionId: (rule: RuleRow) =>
    rule.condition && 'collectionId' in rule.condition ? rule.condition.collectionId : null,
  metadataField: (rule: RuleRow) => (rule.condition && 'field' in rule.condition ? rule.condition.field : null),
  metadataValue: (rule: RuleRow) => (rule.condition && 'field' in rule.condition ? rule.condition.value : null),
  profiles: (rule: RuleRow, _args: unknown, context: DistributionContext) => profilesByIds(context, rule.profile_ids),
  destinations: (rule: RuleRow, _args: unknown, context: DistributionContext) =>
    destinationsByIds(context, rule.destination_ids),
  createdAt: (rule: RuleRow) => rule.created_at.toISOString(),
};
