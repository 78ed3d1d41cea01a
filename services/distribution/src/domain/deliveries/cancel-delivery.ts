import { canChangeAsset } from '@mam/asset-access';
import { conflict, notFound, requireWriter } from '@mam/graphql';
import type { DistributionContext } from '../../context';
import { deliveriesRepository, type DeliveryRow } from '../../repositories/deliveries.repository';
import { visibleDelivery } from './visible-delivery';

/**
 * Cancels a queued or running delivery: its job is cancelled (a worker running it kills ffmpeg at
 * its next lease renewal and writes nothing more), its unfinished outputs end as cancelled.
 */
export async function cancelDelivery(context: DistributionContext, deliveryId: string): Promise<DeliveryRow> {
  const identity = requireWriter(context);
  const delivery = await visibleDelivery(context, deliveryId);
  if (!(await canChangeAsset(context.dataSource, context, delivery.asset_id, 'editor')))
    throw notFound('Delivery not found');
  return context.dataSource.transaction(async (manager) => {
    const cancelled = await deliveriesRepository.setStatus(manager, delivery.id, 'CANCELLED', {
      reason: `cancelled by ${identity.subject}`,
    });
    if (!cancelled)
      throw conflict(`The delivery has ended already: ${delivery.status}`, {
        deliveryId: delivery.id,
        status: delivery.status,
      });
    if (delivery.job_id) await context.queue.cancel(manager, delivery.job_id, 'delivery cancelled');
    await deliveriesRepository.endOpenOutputs(manager, delivery.id, 'CANCELLED', 'delivery cancelled');
    return cancelled;
  });
}
