import { canChangeAsset } from '@mam/asset-access';
import { actorOf, conflict, notFound, requireWriter } from '@mam/graphql';
import type { DistributionContext } from '../../context';
import type { DeliveryRow } from '../../repositories/deliveries.repository';
import { startDelivery } from './start-delivery';
import { visibleDelivery } from './visible-delivery';

/** Delivers the same version in the same profiles to the same destinations again, once the earlier delivery has ended. */
export async function redeliver(context: DistributionContext, deliveryId: string): Promise<DeliveryRow> {
  const identity = requireWriter(context);
  const earlier = await visibleDelivery(context, deliveryId);
  if (!(await canChangeAsset(context.dataSource, context, earlier.asset_id, 'editor')))
    throw notFound('Delivery not found');
  if (earlier.status === 'QUEUED' || earlier.status === 'RUNNING')
    throw conflict(`The delivery is still ${earlier.status.toLowerCase()}`, {
      deliveryId: earlier.id,
      status: earlier.status,
    });
  return context.dataSource.transaction((manager) =>
    startDelivery(manager, context.queue, {
      workspaceId: earlier.workspace_id,
      assetId: earlier.asset_id,
      versionId: earlier.version_id,
      ruleId: earlier.rule_id,
      requestedBy: identity.subject,
      profileIds: earlier.profile_ids,
      destinationIds: earlier.destination_ids,
      actor: actorOf(identity),
    }),
  );
}
