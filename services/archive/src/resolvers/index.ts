import { JSONScalar } from '@mam/graphql';
import { ArchiveTypeResolvers } from './archive-types';
import { AssetResolvers } from './asset';
import { AssetVersionResolvers } from './asset-version';
import { MutationResolvers } from './mutations';
import { QueryResolvers } from './queries';
import { archiveJobsSubscription } from './subscription-archive-jobs';

export const resolvers = {
  JSON: JSONScalar,
  Query: QueryResolvers,
  Mutation: MutationResolvers,
  Subscription: { archiveJobs: archiveJobsSubscription },
  Asset: AssetResolvers,
  AssetVersion: AssetVersionResolvers,
  ...ArchiveTypeResolvers,
};
