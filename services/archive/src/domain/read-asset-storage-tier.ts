import { isAssetVisible } from '@mam/asset-access';
import { loadInBatch } from '@mam/graphql';
import type { ArchiveContext } from '../context';
import type { StorageTier } from '../entities/archive-asset.entity';
import { archiveAssets } from '../repositories/archive-asset.repository';

/** Where an asset's master lives, or null when the asset is unknown here or not the caller's to see. */
export async function readAssetStorageTier(context: ArchiveContext, assetId: string): Promise<StorageTier | null> {
  if (!(await isAssetVisible(context.dataSource, context, assetId))) return null;
  // One query for every asset of the request's entity fetch.
  const row = await loadInBatch(context, 'archive-asset', assetId, async (ids) => new Map((await archiveAssets.findMany(context.dataSource.manager, ids)).map((r) => [r.assetId, r])));
  return row?.storageTier ?? null;
}
