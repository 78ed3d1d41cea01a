import type { EntityManager } from 'typeorm';
import type { AssetCreated } from '@mam/proto';
import { ArchiveAssetEntity } from '../entities/archive-asset.entity';

/** A new asset starts in archive as HOT. */
export async function registerAsset(asset: AssetCreated, manager: EntityManager): Promise<void> {
  await manager.insert(ArchiveAssetEntity, { assetId: asset.assetId, storageTier: 'HOT', updatedAt: new Date() });
}
