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
import { rerunCollectionEnrichment, rerunEnrichment } from './mutation-rerun-enrichment';
import { EnrichmentSegmentResolvers, peopleMutations, peopleQueries, PersonResolvers } from './people';
import { logoMutations, logoQueries } from './logos';

export const resolvers = {
  JSON: JSONScalar,
  Asset: AssetResolvers,
  AssetVersion: AssetVersionResolvers,
  Rendition: RenditionResolvers,
  Person: PersonResolvers,
  EnrichmentSegment: EnrichmentSegmentResolvers,
  Query: { storageSources, storageSource, ...peopleQueries, ...logoQueries },
  Mutation: {
    uploadSmallFile,
    retryRendition,
    createStorageSource,
    scanStorageSource,
    correctTranscriptSegment,
    rerunEnrichment,
    rerunCollectionEnrichment,
    ...peopleMutations,
    ...logoMutations,
  },
  Subscription: { ingestProgress },
};
