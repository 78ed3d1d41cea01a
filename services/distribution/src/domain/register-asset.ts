import type { EntityManager } from 'typeorm';
import type { AssetCreated } from '@mam/proto';
import { DistributionAssetEntity } from '../entities/distribution-asset.entity';

/** A new asset starts in distribution as AWAITING_APPROVAL. */
export async function registerAsset(asset: AssetCreated, manager: EntityManager): Promise<void> {
  await manager.insert(DistributionAssetEntity, { assetId: asset.assetId, distributionStatus: 'AWAITING_APPROVAL', updatedAt: new Date() });
}
