import { isAssetVisible } from '@mam/asset-access';
import { isUuid, notFound, requireIdentity } from '@mam/graphql';
import type { DistributionContext } from '../../context';
import { deliveriesRepository, type DeliveryRow } from '../../repositories/deliveries.repository';

/** A delivery of the caller's workspace whose asset the caller may see; NOT_FOUND otherwise. */
export async function visibleDelivery(context: DistributionContext, id: string): Promise<DeliveryRow> {
  const identity = requireIdentity(context);
  const row = isUuid(id) ? await deliveriesRepository.find(context.dataSource, id) : null;
  if (
    !row ||
    row.workspace_id !== identity.workspaceId ||
    !(await isAssetVisible(context.dataSource, context, row.asset_id))
  )
    throw notFound('Delivery not found');
  return row;
}
