import type { DistributionContext } from '../context';
import { outputsOf } from '../domain/deliveries/read-deliveries';
import { destinationsByIds } from '../domain/read-references';
import type { DeliveryRow } from '../repositories/deliveries.repository';

export const DeliveryResolvers = {
  asset: (delivery: DeliveryRow) => ({ __typename: 'Asset', id: delivery.asset_id }),
  version: (delivery: DeliveryRow) => ({ __typename: 'AssetVersion', id: delivery.version_id }),
  ruleId: (delivery: DeliveryRow) => delivery.rule_id,
  requestedBy: (delivery: DeliveryRow) => delivery.requested_by,
  masterLoudness: (delivery: DeliveryRow) => delivery.master_loudness,
  outputs: (delivery: DeliveryRow, _args: unknown, context: DistributionContext) => outputsOf(context, delivery),
  destinations: (delivery: DeliveryRow, _args: unknown, context: DistributionContext) =>
    destinationsByIds(context, delivery.destination_ids),
  createdAt: (delivery: DeliveryRow) => delivery.created_at.toISOString(),
  updatedAt: (delivery: DeliveryRow) => delivery.updated_at.toISOString(),
};
