import type { EntityManager } from 'typeorm';
import type { AssetCreated } from '@mam/proto';
import { IngestAssetEntity } from '../entities/ingest-asset.entity';

/** A new asset starts in ingest as AWAITING_UPLOAD. */
export async function registerAsset(asset: AssetCreated, manager: EntityManager): Promise<void> {
  await manager.insert(IngestAssetEntity, { assetId: asset.assetId, ingestStatus: 'AWAITING_UPLOAD', updatedAt: new Date() });
}
