import { graphql } from '../gql';

export const IngestProgressSubscription = graphql(`
  subscription IngestProgress($assetId: ID!) {
    ingestProgress(assetId: $assetId) {
      assetId
      versionId
      jobId
      kind
      status
      progress
      reason
    }
  }
`);

export const AssetIngestQuery = graphql(`
  query AssetIngest($id: ID!) {
    asset(id: $id) {
      id
      ingestStatus
      ingestStatusReason
      ingestJobs {
        id
        versionId
        kind
        status
        progress
        reason
      }
    }
  }
`);
