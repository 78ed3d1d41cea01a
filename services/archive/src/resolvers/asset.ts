import { isAssetVisible } from '@mam/asset-access';
import { ArchiveAssetEntity } from '../entities/archive-asset.entity';
import type { ArchiveContext } from '../context';

export const AssetResolvers = {
  async storageTier(asset: { id: string }, _args: unknown, context: ArchiveContext) {
    if (!(await isAssetVisible(context.dataSource, context, asset.id))) return null;
    const row = await context.dataSource.getRepository(ArchiveAssetEntity).findOneBy({ assetId: asset.id });
    return row?.storageTier ?? null;
  },
};
