import { isAssetVisible } from '@mam/asset-access';
import { loadInBatch } from '@mam/graphql';
import { visibleVersion } from '@mam/versions';
import type { DistributionContext } from '../context';
import { deliveriesRepository, type DeliveryStatus } from '../repositories/deliveries.repository';
import { versionDistributions, type DistributionStatus } from '../repositories/version-distribution.repository';

const FROM_DELIVERY: Record<Exclude<DeliveryStatus, 'CANCELLED'>, DistributionStatus> = {
  QUEUED: 'SCHEDULED',
  RUNNING: 'DELIVERING',
  DELIVERED: 'DELIVERED',
  FAILED: 'FAILED',
  // Refused for the asset's rights: not delivered, and it will not be until the rights change.
  REFUSED: 'FAILED',
};

/**
 * A version's distribution status: its latest delivery's (queued → SCHEDULED, running →
 * DELIVERING, then DELIVERED or FAILED; cancelled ones do not count), else AWAITING_APPROVAL or
 * SCHEDULED once approved. Null when the version is unknown here or not the caller's to see.
 */
export async function readVersionDistributionStatus(
  context: DistributionContext,
  versionId: string,
): Promise<DistributionStatus | null> {
  const version = await visibleVersion(context.dataSource, context, versionId);
  if (!version) return null;
  const latest = await deliveriesRepository.latestForVersion(context.dataSource, version.versionId);
  return latest
    ? FROM_DELIVERY[latest.status as keyof typeof FROM_DELIVERY]
    : versionDistributions.status(context.dataSource, version.versionId);
}

/** An asset's status: its latest delivery's, whichever version; else the stored one. Null when not visible. */
export async function readAssetDistributionStatus(
  context: DistributionContext,
  assetId: string,
): Promise<DistributionStatus | null> {
  if (!(await isAssetVisible(context.dataSource, context, assetId))) return null;
  // One query for every asset of the request's entity fetch.
  const row = await loadInBatch(context, 'distribution-asset', assetId, (ids) =>
    versionDistributions.assetStatuses(context.dataSource, ids),
  );
  if (!row) return null;
  return row.latestDelivery ? FROM_DELIVERY[row.latestDelivery as keyof typeof FROM_DELIVERY] : row.stored;
}
