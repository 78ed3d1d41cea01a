import { uuidv7 } from '@mam/events';
import { badInput, conflict, requireAdmin } from '@mam/graphql';
import type { DistributionContext } from '../../context';
import {
  rulesRepository,
  type RuleCondition,
  type RuleRow,
  type RuleTrigger,
} from '../../repositories/rules.repository';
import { cleanName } from '../clean-name';
import { resolveDestinations } from '../destinations/resolve-destinations';
import { resolveProfiles } from '../profiles/resolve-profiles';

const TRIGGERS: RuleTrigger[] = ['version.approved', 'collection.added', 'metadata.set'];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const FIELD_KEY = /^[a-z][a-z0-9_]{0,63}$/;

export interface RuleWatch {
  collectionId?: string | null;
  metadataField?: string | null;
  metadataValue?: unknown;
}

/** What a trigger watches, checked: a collection for collection.added, a field and a value for metadata.set, nothing else. */
export function ruleCondition(trigger: RuleTrigger, watch: RuleWatch): RuleCondition {
  const { collectionId, metadataField, metadataValue } = watch;
  const hasValue = metadataValue !== undefined && metadataValue !== null;
  if (trigger === 'collection.added') {
    if (!collectionId || !UUID.test(collectionId))
      throw badInput('A rule on being added to a collection names the collection (its id)', 'collectionId');
    if (metadataField || hasValue)
      throw badInput('A rule on being added to a collection takes no metadata field', 'metadataField');
    return { collectionId: collectionId.toLowerCase() };
  }
  if (trigger === 'metadata.set') {
    if (!metadataField || !FIELD_KEY.test(metadataField))
      throw badInput('A rule on a metadata value names the field by its key (e.g. status)', 'metadataField');
    if (!hasValue) throw badInput('A rule on a metadata value names the value the field takes', 'metadataValue');
    if (JSON.stringify(metadataValue).length > 1000) throw badInput('The value is too long', 'metadataValue');
    if (collectionId) throw badInput('A rule on a metadata value takes no collection', 'collectionId');
    return { field: metadataField, value: metadataValue };
  }
  if (collectionId || metadataField || hasValue)
    throw badInput(
      'A rule on approval takes no collection or metadata field',
      collectionId ? 'collectionId' : 'metadataField',
    );
  return null;
}

/** "When <trigger>, deliver profiles P to destinations D": every profile and destination must exist in the workspace. Admins only. */
export async function createRule(
  context: DistributionContext,
  input: {
    name: string;
    trigger: RuleTrigger;
    profileIds: string[];
    destinationIds: string[];
    enabled?: boolean | null;
  } & RuleWatch,
): Promise<RuleRow> {
  const identity = requireAdmin(context);
  const name = cleanName(input.name);
  if (!TRIGGERS.includes(input.trigger)) throw badInput(`Unknown trigger ${input.trigger}`, 'trigger');
  const condition = ruleCondition(input.trigger, input);
  return context.dataSource.transaction(async (manager) => {
    await resolveProfiles(manager, identity.workspaceId, input.profileIds);
    await resolveDestinations(manager, identity.workspaceId, input.destinationIds);
    const row = await rulesRepository.insert(manager, {
      id: uuidv7(),
      workspace_id: identity.workspaceId,
      name,
      trigger: input.trigger,
      profile_ids: input.profileIds,
      destination_ids: input.destinationIds,
      enabled: input.enabled ?? true,
      condition,
    });
    if (!row) throw conflict(`A rule named ${name} exists already`);
    return row;
  });
}
