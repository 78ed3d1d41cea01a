import type { EntityManager } from 'typeorm';
import type { Asset } from '../entities/asset.entity';
import { filenamesOf } from '../repositories/asset.repository';
import { mediaFactsOf } from './media-facts';
import type { AssetSearchDocument, SearchMediaFacts } from './search-index';

/** What search knows of an asset: its own fields, its metadata values, the file names of its versions, and its current file's media facts. */
export function toSearchDocument(asset: Asset, filenames: string[], media: SearchMediaFacts | null = null): AssetSearchDocument {
  return {
    id: asset.id,
    workspaceId: asset.workspaceId,
    title: asset.title,
    description: asset.description ?? '',
    createdAt: asset.createdAt.toISOString(),
    updatedAt: asset.updatedAt.toISOString(),
    type: asset.type,
    tags: asset.tags ?? [],
    filenames,
    metadata: asset.metadata,
    media,
  };
}

/** Search documents of a batch of assets, reading file names and media facts for all of them at once. */
export async function searchDocumentsOf(manager: EntityManager, assets: Asset[]): Promise<AssetSearchDocument[]> {
  const ids = assets.map((a) => a.id);
  const filenames = await filenamesOf(manager, ids);
  const media = await mediaFactsOf(manager, assets);
  return assets.map((asset) => toSearchDocument(asset, filenames.get(asset.id) ?? [], media.get(asset.id) ?? null));
}
