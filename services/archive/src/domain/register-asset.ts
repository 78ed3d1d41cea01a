import type { EntityManager } from 'typeorm';
import type { AssetCreated } from '@mam/proto';
import { archiveAssets } from '../repositories/archive-asset.repository';

/** A new asset starts in archive as HOT. */
export async function registerAsset(asset: AssetCreated, manager: EntityManager): Promise<void> {
  await archiveAssets.register(manager, asset.assetId);
}
