import { graphql } from '../gql';

export const ArchiveOverviewQuery = graphql(`
  query ArchiveOverview {
    archiveLocations {
      name
      usedForCopies
      freeBytes
    }
    archivePolicies {
      id
      name
      collectionId
      olderThanDays
      metadataField
      metadataValue
      daysAfterDelivery
      everyMinutes
      nextRunAt
      retentionDays
      locations
      createdBy
      createdAt
    }
    collections(parentId: null, first: 100) {
      edges {
        node {
          id
          name
          kind
          assetCount
        }
      }
    }
  }
`);

export const CreateArchivePolicyMutation = graphql(`
  mutation CreateArchivePolicy($input: ArchivePolicyInput!) {
    createArchivePolicy(input: $input) {
      id
      name
    }
  }
`);

export const RunArchivePolicyMutation = graphql(`
  mutation RunArchivePolicy($id: ID!, $dryRun: Boolean!) {
    runArchivePolicy(id: $id, dryRun: $dryRun) {
      dryRun
      totalBytes
      assets {
        assetId
        title
        versionIds
        bytes
      }
      blocked {
        assetId
        title
        reason
      }
      jobs {
        id
      }
    }
  }
`);

export const ArchiveCollectionMutation = graphql(`
  mutation ArchiveCollection($collectionId: ID!, $dryRun: Boolean!) {
    archiveCollection(collectionId: $collectionId, dryRun: $dryRun) {
      dryRun
      totalBytes
      assets {
        assetId
        title
        versionIds
        bytes
      }
      blocked {
        assetId
        title
        reason
      }
      jobs {
        id
      }
    }
  }
`);

export const AssetArchiveQuery = graphql(`
  query AssetArchive($id: ID!) {
    asset(id: $id) {
      id
      storageTier
      archive {
        tier
        copies {
          packageId
          location
          status
          payloadBytes
          createdAt
          lastFixityAt
          lastFixityResult
        }
        lastFixity {
          location
          checkedAt
          result
          detail
        }
        legalHold {
          reason
          placedBy
          placedAt
        }
        jobs {
          id
          kind
          status
          progress
          reason
          createdAt
          updatedAt
        }
      }
    }
  }
`);

export const RestoreAssetMutation = graphql(`
  mutation RestoreAsset($assetId: ID!) {
    restoreAsset(assetId: $assetId) {
      id
      kind
      status
      progress
    }
  }
`);

export const ArchiveAssetMutation = graphql(`
  mutation ArchiveAsset($assetId: ID!) {
    archiveAsset(assetId: $assetId) {
      id
      kind
      status
      progress
    }
  }
`);

export const ArchiveJobsSubscription = graphql(`
  subscription ArchiveJobs($assetId: ID!) {
    archiveJobs(assetId: $assetId) {
      id
      kind
      status
      progress
      reason
      updatedAt
    }
  }
`);

export const PlaceLegalHoldMutation = graphql(`
  mutation PlaceLegalHold($assetId: ID!, $reason: String!) {
    placeLegalHold(assetId: $assetId, reason: $reason) {
      reason
      placedBy
      placedAt
    }
  }
`);

export const ReleaseLegalHoldMutation = graphql(`
  mutation ReleaseLegalHold($assetId: ID!) {
    releaseLegalHold(assetId: $assetId)
  }
`);
