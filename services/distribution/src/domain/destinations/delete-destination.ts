import { conflict, notFound, requireAdmin } from '@mam/graphql';
import type { DistributionContext } from '../../context';
import { destinationsRepository } from '../../repositories/destinations.repository';
import { rulesRepository } from '../../repositories/rules.repository';

/** Removes a destination no rule names any more. Admins only. */
export async function deleteDestination(context: DistributionContext, id: string): Promise<boolean> {
  const identity = requireAdmin(context);
  return context.dataSource.transaction(async (manager) => {
    const rules = await rulesRepository.usedBy(manager, identity.workspaceId, id);
    if (rules.length) throw conflict(`The destination is used by the rule(s) ${rules.join(', ')}`, { rules });
    if (!(await destinationsRepository.delete(manager, identity.workspaceId, id)))
      throw notFound('Destination not found');
    return true;
  });
}
