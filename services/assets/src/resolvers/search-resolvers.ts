import type { Asset } from '../entities/asset.entity';
import { setAssetTags } from './mutation-set-asset-tags';
import { searchAssets } from './query-search-assets';
import { suggestAssets } from './query-suggest-assets';

/** Root fields and type fields of search and tags. */
export const searchQueries = { searchAssets, suggestAssets };
export const searchMutations = { setAssetTags };
export const assetSearchFields = { tags: (asset: Asset) => asset.tags ?? [] };
