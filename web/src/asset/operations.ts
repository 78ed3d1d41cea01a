import { graphql } from '../gql';

export const AssetPageQuery = graphql(`
  query AssetPage($id: ID!) {
    asset(id: $id) {
      id
      title
      description
      type
      revision
      createdAt
      createdBy
      updatedAt
      myRole
      tags
      ingestStatus
      ingestStatusReason
      storageTier
      lock {
        holder
        acquiredAt
        expiresAt
      }
      metadata {
        key
        label
        type
        value
      }
      collections {
        id
        name
      }
      currentVersion {
        id
      }
      versions {
        id
        number
        filename
        size
        createdAt
        createdBy
        current
        note
        technicalMetadata {
          mediaKind
          mimeType
          format
          fileSize
          durationSeconds
          frameRate
          durationFrames
          startTimecode
          width
          height
          bitRate
          error
        }
        renditions {
          id
          kind
          status
          progress
          reason
          url
          width
          height
          durationSeconds
          details
          hls {
            url
            status
          }
        }
      }
    }
    metadataFields {
      key
      label
      type
      choices
      required
      description
      system
    }
  }
`);

export const AssetHistoryQuery = graphql(`
  query AssetHistory($id: ID!) {
    asset(id: $id) {
      id
      history(first: 50) {
        edges {
          node {
            id
            action
            actor
            at
            revision
            version {
              number
            }
            changes {
              field
              from
              to
            }
          }
        }
      }
    }
  }
`);

export const SetAssetMetadataMutation = graphql(`
  mutation SetAssetMetadata($input: SetAssetMetadataInput!) {
    setAssetMetadata(input: $input) {
      id
      revision
      metadata {
        key
        label
        type
        value
      }
    }
  }
`);

export const UpdateAssetMutation = graphql(`
  mutation UpdateAsset($input: UpdateAssetInput!) {
    updateAsset(input: $input) {
      id
      revision
      title
      description
    }
  }
`);

export const SetAssetTagsMutation = graphql(`
  mutation SetAssetTags($assetId: ID!, $expectedRevision: Int!, $tags: [String!]!) {
    setAssetTags(assetId: $assetId, expectedRevision: $expectedRevision, tags: $tags) {
      id
      revision
      tags
    }
  }
`);

export const CheckOutMutation = graphql(`
  mutation CheckOutAsset($id: ID!, $expectedRevision: Int) {
    checkOutAsset(id: $id, expectedRevision: $expectedRevision) {
      id
      revision
      lock {
        holder
        acquiredAt
        expiresAt
      }
    }
  }
`);

export const CheckInMutation = graphql(`
  mutation CheckInAsset($id: ID!) {
    checkInAsset(id: $id) {
      id
      revision
      lock {
        holder
        acquiredAt
        expiresAt
      }
    }
  }
`);

export const PromoteVersionMutation = graphql(`
  mutation PromoteVersion($assetId: ID!, $versionId: ID!, $expectedRevision: Int!) {
    promoteVersion(assetId: $assetId, versionId: $versionId, expectedRevision: $expectedRevision) {
      id
      revision
      currentVersion {
        id
      }
    }
  }
`);
