import { AssetResolvers } from './asset';
import { AssetVersionResolvers } from './asset-version';
import { createAsset } from './mutation-create-asset';
import { asset, assetVersion } from './query-asset';
import { assets } from './query-assets';
import { searchAssets } from './query-search-assets';

export const resolvers = {
  Query: { asset, assets, assetVersion, searchAssets },
  Mutation: { createAsset },
  Asset: AssetResolvers,
  AssetVersion: AssetVersionResolvers,
};
