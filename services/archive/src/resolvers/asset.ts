import { isAssetVisible } from '@mam/asset-access';
import { loadInBatch } from '@mam/graphql';
import { In } from 'typeorm';
import { ArchiveAssetEntity } from '../entities/archive-asset.entity';
import type { ArchiveContext } from '../context';

export const AssetResolvers = {
  async storageTier(asset: { id: string }, _args: unknown, context: ArchiveContext) {
    if (!(await isAssetVisible(context.dataSource, context, asset.id))) return null;
    // One query for every asset of the request's entity fetch.
    const row = await loadInBatch(context, 'archive-asset', asset.id, async (ids) => new Map((await context.dataSource.getRepository(ArchiveAssetEntity).findBy({ assetId: In(ids) })).map((r) => [r.assetId, r])));
    return row?.storageTier ?? null;
  },
};
