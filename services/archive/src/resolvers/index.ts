import { JSONScalar } from '@mam/graphql';
import { ArchiveTypeResolvers } from './archive-types';
import { AssetResolvers } from './asset';
import { AssetVersionResolvers } from './asset-version';
import { MutationResolvers } from './mutations';
import { QueryResolvers } from './queries';

export const resolvers = {
  JSON: JSONScalar,
  Query: QueryResolvers,
  Mutation: MutationResolvers,
  Asset: AssetResolvers,
  AssetVersion: AssetVersionResolvers,
  ...ArchiveTypeResolvers,
};
