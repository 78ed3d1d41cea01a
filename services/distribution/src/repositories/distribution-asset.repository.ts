import { In, type EntityManager } from 'typeorm';
import { DistributionAssetEntity, type DistributionAsset } from '../entities/distribution-asset.entity';

/** The only place that reads and writes `distribution_assets`. */
export const distributionAssets = {
  async register(manager: EntityManager, assetId: string): Promise<void> {
    await manager.insert(DistributionAssetEntity, { assetId, distributionStatus: 'AWAITING_APPROVAL', updatedAt: new Date() });
  },
  findMany(manager: EntityManager, assetIds: readonly string[]): Promise<DistributionAsset[]> {
    return manager.findBy(DistributionAssetEntity, { assetId: In([...assetIds]) });
  },
};
