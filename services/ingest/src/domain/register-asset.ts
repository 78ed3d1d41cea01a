import type { EntityManager } from 'typeorm';
import type { AssetCreated } from '@mam/proto';
import { ingestAssetsRepository } from '../repositories/ingest-assets.repository';

/** A new asset starts in ingest as AWAITING_UPLOAD, unless an upload already created its record. */
export async function registerAsset(asset: AssetCreated, manager: EntityManager): Promise<void> {
  await ingestAssetsRepository.register(manager, asset.assetId);
}
