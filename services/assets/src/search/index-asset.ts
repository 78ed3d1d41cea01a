import type { EntityManager } from 'typeorm';
import { AssetEntity } from '../entities/asset.entity';
import { searchDocumentsOf } from './search-document';
import type { AssetSearchIndex } from './search-index';

/**
 * Writes an asset's search document as the database has it now, inside the caller's transaction.
 * Consumers of different topics feed the same document (the asset itself, ingest's media facts):
 * a per-asset transaction lock makes each one wait until the other's facts are committed, so
 * the last write never lacks what the other just stored.
 */
export async function indexAsset(manager: EntityManager, search: AssetSearchIndex, assetId: string): Promise<boolean> {
  await lockAssetForSearch(manager, assetId);
  const asset = await manager.findOneBy(AssetEntity, { id: assetId });
  if (!asset) return false;
  const [document] = await searchDocumentsOf(manager, [asset]);
  await search.upsert(document);
  return true;
}

/** The per-asset transaction lock every writer of an asset's search facts takes before writing them. */
export async function lockAssetForSearch(manager: EntityManager, assetId: string): Promise<void> {
  await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended('asset-search:' || $1, 0))`, [assetId]);
}
