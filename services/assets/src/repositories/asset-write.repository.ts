import { In, type EntityManager } from 'typeorm';
import { AssetHistoryEntity, type AssetHistoryEntry } from '../entities/asset-history.entity';
import { AssetEntity, type Asset } from '../entities/asset.entity';
import { AssetVersionEntity, type AssetVersion } from '../entities/asset-version.entity';

/**
 * The rows a change of an asset reads and writes in its transaction: the asset (changed only at
 * the revision it was read at), its versions and its history. Reads as the caller may see them
 * are `assetRepository`'s.
 */
export const assetWriteRepository = {
  find(manager: EntityManager, workspaceId: string, id: string): Promise<Asset | null> {
    return manager.findOneBy(AssetEntity, { id, workspaceId });
  },
  /** The assets of the workspace among `ids`, in id order. */
  findMany(manager: EntityManager, workspaceId: string, ids: string[]): Promise<Asset[]> {
    return manager.find(AssetEntity, { where: { id: In(ids), workspaceId }, order: { id: 'ASC' } });
  },
  /** The asset of any workspace, row-locked for the rest of the transaction. */
  lock(manager: EntityManager, id: string): Promise<Asset | null> {
    return manager.findOne(AssetEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
  },
  async insert(manager: EntityManager, asset: Asset): Promise<void> {
    await manager.insert(AssetEntity, asset);
  },
  /** Writes `changes` if the asset is still at `revision`; false when someone changed it meanwhile. */
  async updateAtRevision(
    manager: EntityManager,
    id: string,
    revision: number,
    changes: Partial<Asset>,
  ): Promise<boolean> {
    return (await manager.update(AssetEntity, { id, revision }, changes)).affected === 1;
  },
  /** Sets the current version of an asset created in this very transaction. */
  async setFirstVersion(manager: EntityManager, id: string, versionId: string): Promise<void> {
    await manager.update(AssetEntity, { id }, { currentVersionId: versionId });
  },
  async insertHistory(manager: EntityManager, entry: Omit<AssetHistoryEntry, 'seq'>): Promise<void> {
    await manager.insert(AssetHistoryEntity, entry);
  },
  findVersion(manager: EntityManager, id: string): Promise<AssetVersion | null> {
    return manager.findOneBy(AssetVersionEntity, { id });
  },
  findVersions(manager: EntityManager, ids: string[]): Promise<AssetVersion[]> {
    return manager.findBy(AssetVersionEntity, { id: In(ids) });
  },
  findVersionOf(manager: EntityManager, assetId: string, id: string): Promise<AssetVersion | null> {
    return manager.findOneBy(AssetVersionEntity, { id, assetId });
  },
  async lastVersionNumber(manager: EntityManager, assetId: string): Promise<number> {
    const [{ last }]: { last: number }[] = await manager.query(
      'SELECT coalesce(max(number), 0)::int AS last FROM asset_versions WHERE asset_id = $1',
      [assetId],
    );
    return last;
  },
  async insertVersion(manager: EntityManager, version: AssetVersion): Promise<void> {
    await manager.insert(AssetVersionEntity, version);
  },
};
