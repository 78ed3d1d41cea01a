import type { EntityManager } from 'typeorm';
import type { AssetCreated } from '@mam/proto';
import { versionDistributions } from '../repositories/version-distribution.repository';

/** A new asset starts in distribution as AWAITING_APPROVAL. */
export async function registerAsset(asset: AssetCreated, manager: EntityManager): Promise<void> {
  await versionDistributions.registerAsset(manager, asset.assetId);
}
