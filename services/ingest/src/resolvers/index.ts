import { AssetResolvers } from './asset';
import { AssetVersionResolvers } from './asset-version';
import { retryRendition } from './mutation-retry-rendition';
import { uploadSmallFile } from './mutation-upload-small-file';
import { ingestProgress } from './subscription-ingest-progress';
import { JSONScalar } from '@mam/graphql';
import { RenditionResolvers } from './rendition';

export const resolvers = {
  JSON: JSONScalar,
  Asset: AssetResolvers,
  AssetVersion: AssetVersionResolvers,
  Rendition: RenditionResolvers,
  Mutation: { uploadSmallFile, retryRendition },
  Subscription: { ingestProgress },
};
