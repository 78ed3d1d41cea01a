import type { DistributionContext } from '../../context';
import type { DeliveryNotice } from '../../repositories/delivery-notices.repository';
import { deliveriesRepository, type DeliveryRow } from '../../repositories/deliveries.repository';
import { visibleDelivery } from './visible-delivery';

const ENDED = new Set(['DELIVERED', 'FAILED', 'CANCELLED', 'REFUSED']);

/**
 * A delivery as it moves: yielded at once, then whenever its status or any output's status,
 * progress or transfers change, until it has ended (the last state is yielded). Every instance
 * announces its changes with NOTIFY, so this follows a delivery whichever instance runs it; each
 * notice re-reads the delivery, access checked again. After a lost LISTEN connection it re-reads too.
 */
export function watchDelivery(context: DistributionContext, deliveryId: string): AsyncIterableIterator<DeliveryRow> {
  let notices: AsyncIterableIterator<DeliveryNotice> | undefined;
  async function* states(): AsyncGenerator<DeliveryRow> {
    const first = await visibleDelivery(context, deliveryId);
    // Listening before the next read: a change between the read and the listen is not missed.
    notices = context.deliveryUpdates.subscribe((notice) => notice.deliveryId === first.id, {
      catchUp: async () => [{ deliveryId: first.id, at: new Date().toISOString() }],
    });
    try {
      let seen = '';
      for (;;) {
        const delivery = await visibleDelivery(context, deliveryId);
        const outputs = await deliveriesRepository.outputs(context.dataSource, delivery.id);
        const state = JSON.stringify([
          delivery.status,
          outputs.map((output) => [output.status, output.progress, output.transfers]),
        ]);
        if (state !== seen) {
          seen = state;
          yield delivery;
        }
        if (ENDED.has(delivery.status)) return;
        if ((await notices.next()).done) return;
      }
    } finally {
      await notices.return?.();
    }
  }
  const iterator = states();
  return {
    [Symbol.asyncIterator]() {
      return this;
    },
    next: () => iterator.next(),
    // A subscriber leaving while the delivery is quiet: stop listening at once, which ends the wait for a notice.
    async return() {
      await notices?.return?.();
      return iterator.return(undefined);
    },
    async throw(error: unknown) {
      await notices?.return?.();
      return iterator.throw(error);
    },
  };
}
