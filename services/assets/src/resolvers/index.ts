import { AssetResolvers } from './asset';
import { apiKeyIdentity, apiKeys, ApiKeyResolvers, createApiKey, revokeApiKey } from './api-keys';
import { AssetVersionResolvers } from './asset-version';
import { createAsset } from './mutation-create-asset';
import { asset, assetVersion } from './query-asset';
import { assets } from './query-assets';
import { searchAssets } from './query-search-assets';

export const resolvers = {
  Query: { asset, assets, assetVersion, searchAssets, apiKeys, apiKeyIdentity },
  Mutation: { createAsset, createApiKey, revokeApiKey },
  Asset: AssetResolvers,
  AssetVersion: AssetVersionResolvers,
  ApiKey: ApiKeyResolvers,
};
