import { visibleVersion } from '@mam/versions';
import type { DistributionContext } from '../context';
import { versionDistributions, type DistributionStatus } from '../repositories/version-distribution.repository';

/** A version's distribution status, or null when the version is unknown here or not the caller's to see. */
export async function readVersionDistributionStatus(context: DistributionContext, versionId: string): Promise<DistributionStatus | null> {
  const version = await visibleVersion(context.dataSource, context, versionId);
  return version ? versionDistributions.status(context.dataSource, version.versionId) : null;
}
