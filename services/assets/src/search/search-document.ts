import type { Asset } from '../entities/asset.entity';
import type { AssetSearchDocument } from './search-index';

/** What search knows of an asset: its own fields, its metadata values, and the file names of its versions. */
export function toSearchDocument(asset: Asset, filenames: string[]): AssetSearchDocument {
  return {
    id: asset.id,
    workspaceId: asset.workspaceId,
    title: asset.title,
    description: asset.description ?? '',
    createdAt: asset.createdAt.toISOString(),
    filenames,
    metadata: asset.metadata,
  };
}
