import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { subscribe } from '../api/ws';
import { DeliveryProgressSubscription } from './operations';
import type { DeliveryProgressSubscription as LiveState } from '../gql/graphql';
import { ACTIVE_DELIVERY, type Delivery } from './words';

/**
 * A delivery kept live while it runs: the deliveryProgress subscription's states replace the one
 * loaded; once it has ended, the lists that show deliveries are loaded again.
 */
export function useLiveDelivery<T extends Delivery>(delivery: T): T | (T & LiveState['deliveryProgress']) {
  const client = useQueryClient();
  const [live, setLive] = useState<LiveState['deliveryProgress']>();
  const active = ACTIVE_DELIVERY.has(delivery.status);
  useEffect(() => {
    if (!active) return;
    return subscribe(DeliveryProgressSubscription, { deliveryId: delivery.id }, ({ deliveryProgress }) => {
      setLive(deliveryProgress);
      if (!ACTIVE_DELIVERY.has(deliveryProgress.status)) {
        void client.invalidateQueries({ queryKey: ['deliveries'] });
        void client.invalidateQueries({ queryKey: ['asset-deliveries'] });
        void client.invalidateQueries({ queryKey: ['delivery', delivery.id] });
      }
    });
  }, [active, delivery.id, client]);
  // A newer load of the list wins over an older live state.
  if (!live || live.updatedAt < delivery.updatedAt) return delivery;
  return { ...delivery, ...live };
}
