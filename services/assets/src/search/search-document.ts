import type { EntityManager } from 'typeorm';
import type { Asset } from '../entities/asset.entity';
import { filenamesOf } from '../repositories/asset.repository';
import { reviewCommentRepository } from '../repositories/review-comment.repository';
import { enrichmentSegmentRepository } from '../repositories/enrichment-segment.repository';
import { mediaFactsOf } from './media-facts';
import type { AssetSearchDocument, SearchMediaFacts, SearchSegment } from './search-index';

/** Who may find an asset and where it is filed, besides the asset's own fields. */
export interface SearchPlacement {
  readers: string[];
  collectionIds: string[];
}

/**
 * What search knows of an asset: its own fields, its metadata values, the file names of its versions, its current file's media facts,
 * who may find it and its collections, and its time-based text (what was said, read or seen in its current version; review comments).
 */
export function toSearchDocument(
  asset: Asset,
  filenames: string[],
  media: SearchMediaFacts | null = null,
  placement: SearchPlacement = { readers: [], collectionIds: [] },
  segments: SearchSegment[] = [],
): AssetSearchDocument {
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
    readers: placement.readers,
    collectionIds: placement.collectionIds,
    segments,
  };
}

/** Search documents of a batch of assets, reading file names and media facts for all of them at once. */
export async function searchDocumentsOf(manager: EntityManager, assets: Asset[]): Promise<AssetSearchDocument[]> {
  const ids = assets.map((a) => a.id);
  const filenames = await filenamesOf(manager, ids);
  const media = await mediaFactsOf(manager, assets);
  const placements = await placementsOf(manager, ids);
  const comments = await reviewCommentRepository.segmentsOf(manager, ids);
  const enrichment = await enrichmentSegmentRepository.segmentsOf(manager, ids);
  return assets.map((asset) =>
    toSearchDocument(asset, filenames.get(asset.id) ?? [], media.get(asset.id) ?? null, placements.get(asset.id), [
      ...(enrichment.get(asset.id) ?? []),
      ...(comments.get(asset.id) ?? []),
    ]),
  );
}

async function placementsOf(manager: EntityManager, assetIds: string[]): Promise<Map<string, SearchPlacement>> {
  const rows: { id: string; readers: string[]; collection_ids: string[] }[] = await manager.query(
    `SELECT a.id,
       coalesce((SELECT array_agg(principal ORDER BY principal) FROM asset_acl WHERE asset_id = a.id), '{}') AS readers,
       coalesce((SELECT array_agg(collection_id::text ORDER BY collection_id) FROM collection_assets WHERE asset_id = a.id), '{}') AS collection_ids
     FROM unnest($1::uuid[]) AS a(id)`,
    [assetIds],
  );
  return new Map(rows.map((r) => [r.id, { readers: r.readers, collectionIds: r.collection_ids }]));
}
