import type { DataSource } from '@mam/db';
import { isUuid, seesWholeWorkspace, type Identity } from '@mam/graphql';
import { rolesOnAssets } from '../domain/access/asset-access';
import { visibleAssetCondition } from './asset-acl.repository';
import { assetRowMapper } from './asset-rows';
import { In, LessThan, type EntityManager } from 'typeorm';
import { AssetHistoryEntity, type AssetHistoryEntry } from '../entities/asset-history.entity';
import { AssetEntity, type Asset } from '../entities/asset.entity';
import { AssetVersionEntity, type AssetVersion } from '../entities/asset-version.entity';

/**
 * Reads of assets as the caller may see them: only its workspace's, and of those only what it is
 * granted (directly, through a collection, or workspace-wide). Anything else reads as not found.
 */
export function assetRepository(dataSource: DataSource) {
  const assets = dataSource.getRepository(AssetEntity);
  const versions = dataSource.getRepository(AssetVersionEntity);
  const history = dataSource.getRepository(AssetHistoryEntity);
  const findMany = async (identity: Identity, ids: string[]): Promise<Map<string, Asset>> => {
    const found = await assets.findBy({ id: In(ids.filter(isUuid)), workspaceId: identity.workspaceId });
    if (seesWholeWorkspace(identity)) return new Map(found.map((a) => [a.id, a]));
    const visible = await rolesOnAssets(dataSource.manager, identity, found);
    return new Map(found.filter((a) => visible.has(a.id)).map((a) => [a.id, a]));
  };
  const find = async (identity: Identity, id: string): Promise<Asset | null> =>
    isUuid(id) ? ((await findMany(identity, [id])).get(id) ?? null) : null;
  return {
    find,
    findMany,
    /** Newest first; `afterId` is the last id of the previous page (keyset pagination, access filtered inside the query). */
    async page(identity: Identity, first: number, afterId?: string): Promise<Asset[]> {
      const params: unknown[] = [identity.workspaceId, first];
      const where = ['a.workspace_id = $1'];
      if (afterId) where.push(`a.id < $${params.push(afterId)}::uuid`);
      const visible = visibleAssetCondition(identity, 'a', params, { idBelow: afterId });
      if (visible) where.push(visible);
      const rows: Record<string, unknown>[] = await dataSource.query(
        `SELECT a.* FROM assets a WHERE ${where.join(' AND ')} ORDER BY a.id DESC LIMIT $2`,
        params,
      );
      return rows.map(assetRowMapper(dataSource));
    },
    async findVersion(identity: Identity, id: string): Promise<AssetVersion | null> {
      if (!isUuid(id)) return null;
      const version = await versions.findOneBy({ id });
      if (!version) return null;
      return (await find(identity, version.assetId)) ? version : null;
    },
    versionsOf(assetId: string): Promise<AssetVersion[]> {
      return versions.find({ where: { assetId }, order: { number: 'ASC' } });
    },
    /** Newest first; `afterSeq` is the last entry of the previous page (keyset pagination). */
    historyOf(assetId: string, first: number, afterSeq?: number): Promise<AssetHistoryEntry[]> {
      return history.find({
        where: { assetId, ...(afterSeq !== undefined ? { seq: LessThan(afterSeq) } : {}) },
        order: { seq: 'DESC' },
        take: first,
      });
    },
    /** Every asset in id order, in batches, for rebuilding the search index. */
    async *all(batchSize = 500): AsyncGenerator<Asset[]> {
      let after: string | undefined;
      for (;;) {
        const batch = await assets.find({
          where: after ? { id: LessThan(after) } : {},
          order: { id: 'DESC' },
          take: batchSize,
        });
        if (batch.length === 0) return;
        yield batch;
        after = batch[batch.length - 1].id;
      }
    },
  };
}

/** File names of every version of each asset, oldest version first: what search matches file names on. */
export async function filenamesOf(manager: EntityManager, assetIds: string[]): Promise<Map<string, string[]>> {
  const names = new Map<string, string[]>(assetIds.map((id) => [id, []]));
  if (assetIds.length === 0) return names;
  const rows: { asset_id: string; filename: string }[] = await manager.query(
    `SELECT asset_id, filename FROM asset_versions WHERE asset_id = ANY($1::uuid[]) AND filename <> '' ORDER BY asset_id, number`,
    [assetIds],
  );
  for (const row of rows) names.get(row.asset_id)?.push(row.filename);
  return names;
}
