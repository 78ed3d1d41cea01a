import { In, type EntityManager } from 'typeorm';
import { ArchiveAssetEntity, type ArchiveAsset } from '../entities/archive-asset.entity';

/** The only place that reads and writes `archive_assets`. */
export const archiveAssets = {
  async register(manager: EntityManager, assetId: string): Promise<void> {
    await manager.insert(ArchiveAssetEntity, { assetId, storageTier: 'HOT', updatedAt: new Date() });
  },
  findMany(manager: EntityManager, assetIds: readonly string[]): Promise<ArchiveAsset[]> {
    return manager.findBy(ArchiveAssetEntity, { assetId: In([...assetIds]) });
  },
};
