import { uuidv7 } from '@mam/events';
import { badInput, conflict, requireAdmin } from '@mam/graphql';
import type { DistributionContext } from '../../context';
import { rulesRepository, type RuleRow, type RuleTrigger } from '../../repositories/rules.repository';
import { cleanName } from '../clean-name';
import { resolveDestinations } from '../destinations/resolve-destinations';
import { resolveProfiles } from '../profiles/resolve-profiles';

const TRIGGERS: RuleTrigger[] = ['version.approved'];

/** "When <trigger>, deliver profiles P to destinations D": every profile and destination must exist in the workspace. Admins only. */
export async function createRule(
  context: DistributionContext,
  input: {
    name: string;
    trigger: RuleTrigger;
    profileIds: string[];
    destinationIds: string[];
    enabled?: boolean | null;
  },
): Promise<RuleRow> {
  const identity = requireAdmin(context);
  const name = cleanName(input.name);
  if (!TRIGGERS.includes(input.trigger)) throw badInput(`Unknown trigger ${input.trigger}`, 'trigger');
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
    });
    if (!row) throw conflict(`A rule named ${name} exists already`);
    return row;
  });
}
