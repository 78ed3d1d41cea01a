import type { DataSource } from '@mam/db';
import { In, LessThan } from 'typeorm';
import { AssetEntity, type Asset } from '../entities/asset.entity';
import { AssetVersionEntity, type AssetVersion } from '../entities/asset-version.entity';

/** Reads of assets, always scoped to one workspace: another workspace's asset reads as not found. */
export function assetRepository(dataSource: DataSource) {
  const assets = dataSource.getRepository(AssetEntity);
  const versions = dataSource.getRepository(AssetVersionEntity);
  return {
    find(workspaceId: string, id: string): Promise<Asset | null> {
      if (!isUuid(id)) return Promise.resolve(null);
      return assets.findOneBy({ id, workspaceId });
    },
    async findMany(workspaceId: string, ids: string[]): Promise<Map<string, Asset>> {
      const found = await assets.findBy({ id: In(ids.filter(isUuid)), workspaceId });
      return new Map(found.map((a) => [a.id, a]));
    },
    /** Newest first; `afterId` is the last id of the previous page (keyset pagination). */
    page(workspaceId: string, first: number, afterId?: string): Promise<Asset[]> {
      return assets.find({ where: { workspaceId, ...(afterId ? { id: LessThan(afterId) } : {}) }, order: { id: 'DESC' }, take: first });
    },
    async findVersion(workspaceId: string, id: string): Promise<AssetVersion | null> {
      if (!isUuid(id)) return null;
      const version = await versions.findOneBy({ id });
      if (!version) return null;
      return (await assets.existsBy({ id: version.assetId, workspaceId })) ? version : null;
    },
    versionsOf(assetId: string): Promise<AssetVersion[]> {
      return versions.find({ where: { assetId }, order: { number: 'ASC' } });
    },
    /** Every asset in id order, in batches, for rebuilding the search index. */
    async *all(batchSize = 500): AsyncGenerator<Asset[]> {
      let after: string | undefined;
      for (;;) {
        const batch = await assets.find({ where: after ? { id: LessThan(after) } : {}, order: { id: 'DESC' }, take: batchSize });
        if (batch.length === 0) return;
        yield batch;
        after = batch[batch.length - 1].id;
      }
    },
  };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export function isUuid(value: string): boolean {
  return UUID.test(value);
}
