import { AssetResolvers } from './asset';

export const resolvers = {
  Asset: AssetResolvers,
};
