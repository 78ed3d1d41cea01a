import { isAssetVisible } from '@mam/asset-access';
import { loadInBatch } from '@mam/graphql';
import type { ArchiveContext } from '../context';
import { archiveAssets, type StorageTier } from '../repositories/archive-assets.repository';
import { archiveJobs } from '../repositories/archive-jobs.repository';
import { auditRepository } from '../repositories/audit.repository';
import { fixityRepository } from '../repositories/fixity.repository';
import { holdsRepository } from '../repositories/holds.repository';
import { packagesRepository } from '../repositories/packages.repository';

/** The asset's tier, or null when it is not the caller's to see; one query per request's batch. */
export async function readAssetTier(context: ArchiveContext, assetId: string): Promise<StorageTier | null> {
  if (!(await isAssetVisible(context.dataSource, context, assetId))) return null;
  return (
    (await loadInBatch(context, 'archive-asset-tier', assetId, (ids) =>
      archiveAssets.tiers(context.dataSource, ids),
    )) ?? null
  );
}

/** What archive keeps about an asset, or null when it is not the caller's to see. */
export async function readAssetArchive(context: ArchiveContext, assetId: string) {
  const { dataSource } = context;
  if (!(await isAssetVisible(dataSource, context, assetId))) return null;
  const asset = await archiveAssets.find(dataSource, assetId);
  if (!asset) return null;
  return {
    tier: asset.storage_tier,
    copies: () => packagesRepository.copiesOfAsset(dataSource, assetId),
    lastFixity: () => fixityRepository.lastOfAsset(dataSource, assetId),
    legalHold: () => holdsRepository.active(dataSource, assetId),
    jobs: () => archiveJobs.ofAsset(dataSource, assetId),
    audit: () => auditRepository.ofAsset(dataSource, assetId),
  };
}

/** One of the caller's archive jobs, or null. */
export async function readArchiveJob(context: ArchiveContext, jobId: string) {
  const job = await archiveJobs.find(context.dataSource, jobId);
  return job && (await isAssetVisible(context.dataSource, context, job.asset_id)) ? job : null;
}

/** The archive locations and their free space (workspace admins see where they are). */
export async function readLocations(context: ArchiveContext) {
  return Promise.all(
    context.deps.locations.map(async (location, index) => ({
      name: location.name,
      usedForCopies: index < context.deps.copies,
      freeBytes: await location.freeBytes().catch(() => null),
    })),
  );
}
