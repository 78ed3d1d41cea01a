import { conflict, notFound, requireWriter } from '@mam/graphql';
import type { DistributionContext } from '../../context';
import { profilesRepository } from '../../repositories/profiles.repository';
import { rulesRepository } from '../../repositories/rules.repository';

/** Removes a workspace profile no rule names any more (deliveries keep a copy of the settings they used). */
export async function deleteProfile(context: DistributionContext, id: string): Promise<boolean> {
  const identity = requireWriter(context);
  return context.dataSource.transaction(async (manager) => {
    const rules = await rulesRepository.usedBy(manager, identity.workspaceId, id);
    if (rules.length) throw conflict(`The profile is used by the rule(s) ${rules.join(', ')}`, { rules });
    if (!(await profilesRepository.delete(manager, identity.workspaceId, id)))
      throw notFound('Delivery profile not found (built-in presets cannot be removed)');
    return true;
  });
}
