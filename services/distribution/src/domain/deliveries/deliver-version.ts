import { canChangeAsset } from '@mam/asset-access';
import { actorOf, notFound, requireWriter } from '@mam/graphql';
import { visibleVersion } from '@mam/versions';
import type { DistributionContext } from '../../context';
import type { DeliveryRow } from '../../repositories/deliveries.repository';
import { startDelivery } from './start-delivery';

/** Delivers any version by hand: an editor of the asset names the profiles and the destinations. */
export async function deliverVersion(
  context: DistributionContext,
  input: { versionId: string; profileIds: string[]; destinationIds: string[] },
): Promise<DeliveryRow> {
  const identity = requireWriter(context);
  const version = await visibleVersion(context.dataSource, context, input.versionId);
  if (!version || !(await canChangeAsset(context.dataSource, context, version.assetId, 'editor')))
    throw notFound('Version not found');
  return context.dataSource.transaction((manager) =>
    startDelivery(manager, context.queue, {
      workspaceId: identity.workspaceId,
      assetId: version.assetId,
      versionId: version.versionId,
      ruleId: null,
      requestedBy: identity.subject,
      profileIds: input.profileIds,
      destinationIds: input.destinationIds,
      actor: actorOf(identity),
    }),
  );
}
