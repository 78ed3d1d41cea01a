import type { Asset } from '../entities/asset.entity';
import { setAssetTags } from './mutation-set-asset-tags';
import { searchAssets } from './query-search-assets';
import { suggestAssets } from './query-suggest-assets';
import { SEGMENT_HITS_MAX } from '../search/search-segments';

/** Root fields and type fields of search and tags. */
export const searchQueries = { searchAssets, suggestAssets };
export const searchMutations = { setAssetTags };
export const assetSearchFields = { tags: (asset: Asset) => asset.tags ?? [] };
/** A hit's best segments, as many as asked for (1 to 3; a card shows one). */
export const AssetSearchEdgeResolvers = {
  segments: (edge: { segments: unknown[] }, args: { first?: number | null }) =>
    edge.segments.slice(0, Math.min(SEGMENT_HITS_MAX, Math.max(0, args.first ?? SEGMENT_HITS_MAX))),
};
