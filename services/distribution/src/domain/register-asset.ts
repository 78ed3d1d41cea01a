import type { EntityManager } from 'typeorm';
import type { AssetCreated } from '@mam/proto';
import { distributionAssets } from '../repositories/distribution-asset.repository';

/** A new asset starts in distribution as AWAITING_APPROVAL. */
export async function registerAsset(asset: AssetCreated, manager: EntityManager): Promise<void> {
  await distributionAssets.register(manager, asset.assetId);
}
