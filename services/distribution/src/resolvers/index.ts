import { AssetResolvers } from './asset';
import { AssetVersionResolvers } from './asset-version';

export const resolvers = {
  Asset: AssetResolvers,
  AssetVersion: AssetVersionResolvers,
};
