import { isAssetVisible } from '@mam/asset-access';
import { IngestAssetEntity } from '../entities/ingest-asset.entity';
import type { IngestContext } from '../context';

export const AssetResolvers = {
  async ingestStatus(asset: { id: string }, _args: unknown, context: IngestContext) {
    if (!(await isAssetVisible(context.dataSource, context, asset.id))) return null;
    const row = await context.dataSource.getRepository(IngestAssetEntity).findOneBy({ assetId: asset.id });
    return row?.ingestStatus ?? null;
  },
};
