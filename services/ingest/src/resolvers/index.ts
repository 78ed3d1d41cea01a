import { AssetResolvers } from './asset';
import { AssetVersionResolvers } from './asset-version';
import { retryRendition } from './mutation-retry-rendition';
import { uploadSmallFile } from './mutation-upload-small-file';
import { ingestProgress } from './subscription-ingest-progress';
import { JSONScalar } from '@mam/graphql';
import { createStorageSource } from './mutation-create-storage-source';
import { scanStorageSource } from './mutation-scan-storage-source';
import { storageSource, storageSources } from './query-storage-sources';
import { RenditionResolvers } from './rendition';
import { correctTranscriptSegment } from './mutation-correct-transcript-segment';

export const resolvers = {
  JSON: JSONScalar,
  Asset: AssetResolvers,
  AssetVersion: AssetVersionResolvers,
  Rendition: RenditionResolvers,
  Query: { storageSources, storageSource },
  Mutation: { uploadSmallFile, retryRendition, createStorageSource, scanStorageSource, correctTranscriptSegment },
  Subscription: { ingestProgress },
};
