import type { EntityManager } from 'typeorm';
import type { AssetCreated } from '@mam/proto';

/** A new asset starts in ingest as AWAITING_UPLOAD, unless an upload already created its record. */
export async function registerAsset(asset: AssetCreated, manager: EntityManager): Promise<void> {
  await manager.query(`INSERT INTO ingest_assets (asset_id, ingest_status, updated_at) VALUES ($1, 'AWAITING_UPLOAD', now()) ON CONFLICT (asset_id) DO NOTHING`, [asset.assetId]);
}
