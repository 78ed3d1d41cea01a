import { isAssetVisible } from '@mam/asset-access';
import { ErrorCode, errorCodeOf, requireIdentity } from '@mam/graphql';
import type { DistributionContext } from '../../context';
import { deliveriesRepository, type DeliveryRow, type OutputRow } from '../../repositories/deliveries.repository';
import { visibleDelivery } from './visible-delivery';

export type DeliveryView = DeliveryRow;

/** An asset's deliveries, newest first; none when the asset is not the caller's to see. */
export async function deliveriesOfAsset(
  context: DistributionContext,
  assetId: string,
  limit: number,
): Promise<DeliveryView[]> {
  if (!(await isAssetVisible(context.dataSource, context, assetId))) return [];
  return deliveriesRepository.forAsset(context.dataSource, assetId, Math.min(Math.max(limit, 1), 200));
}

/** The workspace's deliveries, newest first, of assets the caller may see. */
export async function recentDeliveries(context: DistributionContext, limit: number): Promise<DeliveryView[]> {
  const identity = requireIdentity(context);
  const rows = await deliveriesRepository.forWorkspace(
    context.dataSource,
    identity.workspaceId,
    Math.min(Math.max(limit, 1), 200),
  );
  const visible = await Promise.all(rows.map((row) => isAssetVisible(context.dataSource, context, row.asset_id)));
  return rows.filter((_, i) => visible[i]);
}

/** One delivery, or null when there is none the caller may see. */
export async function readDelivery(context: DistributionContext, id: string): Promise<DeliveryView | null> {
  try {
    return await visibleDelivery(context, id);
  } catch (error) {
    if (errorCodeOf(error) === ErrorCode.NOT_FOUND) return null;
    throw error;
  }
}

export const outputsOf = (context: DistributionContext, delivery: DeliveryRow): Promise<OutputRow[]> =>
  deliveriesRepository.outputs(context.dataSource, delivery.id);
