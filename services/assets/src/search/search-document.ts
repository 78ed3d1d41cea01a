import type { Asset } from '../entities/asset.entity';
import type { AssetSearchDocument } from './search-index';

export function toSearchDocument(asset: Asset): AssetSearchDocument {
  return { id: asset.id, workspaceId: asset.workspaceId, title: asset.title, description: asset.description ?? '', createdAt: asset.createdAt.toISOString() };
}
