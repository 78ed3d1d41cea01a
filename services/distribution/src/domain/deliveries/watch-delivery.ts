import { setTimeout as sleep } from 'node:timers/promises';
import type { DistributionContext } from '../../context';
import { deliveriesRepository, type DeliveryRow } from '../../repositories/deliveries.repository';
import { visibleDelivery } from './visible-delivery';

const ENDED = new Set(['DELIVERED', 'FAILED', 'CANCELLED', 'REFUSED']);

/**
 * A delivery as it moves: yielded at once, then whenever its status or any output's status or
 * progress changes, until it has ended (the last state is yielded). Read from the database each
 * time, so it follows a delivery whichever instance runs it; access is checked again every read.
 */
export async function* watchDelivery(
  context: DistributionContext,
  deliveryId: string,
  intervalMs = 500,
): AsyncGenerator<DeliveryRow> {
  let seen = '';
  for (;;) {
    const delivery = await visibleDelivery(context, deliveryId);
    const outputs = await deliveriesRepository.outputs(context.dataSource, delivery.id);
    const state = JSON.stringify([delivery.status, outputs.map((output) => [output.status, output.progress])]);
    if (state !== seen) {
      seen = state;
      yield delivery;
    }
    if (ENDED.has(delivery.status)) return;
    await sleep(intervalMs);
  }
}
