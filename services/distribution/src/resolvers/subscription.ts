import type { DistributionContext } from '../context';
import { watchDelivery } from '../domain/deliveries/watch-delivery';
import type { DeliveryRow } from '../repositories/deliveries.repository';

export const SubscriptionResolvers = {
  deliveryProgress: {
    subscribe: (_: unknown, args: { deliveryId: string }, context: DistributionContext) =>
      watchDelivery(context, args.deliveryId),
    resolve: (delivery: DeliveryRow) => delivery,
  },
};
