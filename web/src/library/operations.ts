import { graphql } from '../gql';

export const SearchAssetsQuery = graphql(`
  query SearchAssets(
    $query: String
    $filter: AssetSearchFilter
    $sort: AssetSearchSort
    $facets: [String!]
    $after: String
  ) {
    # A literal page size (the gateway prices a variable one at 100): 60 fill a large screen in one answer.
    searchAssets(query: $query, filter: $filter, sort: $sort, facets: $facets, first: 60, after: $after) {
      total
      pageInfo {
        hasNextPage
        endCursor
      }
      facets {
        name
        buckets {
          value
          count
        }
      }
      edges {
        cursor
        highlights
        segments(first: 1) {
          kind
          text
          startFrame
          timecode
        }
        node {
          id
          title
          type
          createdAt
          ingestStatus
          ingestStatusReason
          storageTier
          sourceFile {
            path
            missing
            missingSince
            source {
              name
            }
          }
          currentVersion {
            id
            number
            filename
            technicalMetadata {
              mediaKind
              durationSeconds
              width
              height
              frameRate
            }
            renditions {
              kind
              status
              url
              details
            }
          }
        }
      }
    }
  }
`);

export const SuggestAssetsQuery = graphql(`
  query SuggestAssets($prefix: String!) {
    suggestAssets(prefix: $prefix, first: 8) {
      highlight
      matchedField
      asset {
        id
        title
        type
      }
    }
  }
`);

export const CollectionsQuery = graphql(`
  query Collections($parentId: ID) {
    collections(parentId: $parentId, first: 100) {
      edges {
        node {
          id
          name
          kind
          assetCount
          savedQuery
          savedFilters
          children {
            id
          }
        }
      }
    }
  }
`);

export const SaveSearchMutation = graphql(`
  mutation SaveSearch($input: SaveSearchInput!) {
    saveSearch(input: $input) {
      id
      name
      kind
    }
  }
`);

export const CreateCollectionMutation = graphql(`
  mutation CreateCollection($input: CreateCollectionInput!) {
    createCollection(input: $input) {
      id
      name
      kind
    }
  }
`);

export const CollectionQuery = graphql(`
  query Collection($id: ID!) {
    collection(id: $id) {
      id
      name
      kind
      description
      savedQuery
      savedFilters
      assetCount
      path {
        id
        name
      }
    }
  }
`);

export const AddToCollectionMutation = graphql(`
  mutation AddToCollection($collectionId: ID!, $assetIds: [ID!]!) {
    addAssetsToCollection(collectionId: $collectionId, assetIds: $assetIds) {
      id
      assetCount
    }
  }
`);

export const MetadataFieldsQuery = graphql(`
  query MetadataFields {
    metadataFields {
      key
      label
      type
      choices
    }
  }
`);

export const BulkSetMetadataMutation = graphql(`
  mutation BulkSetMetadata($input: BulkSetAssetMetadataInput!) {
    bulkSetAssetMetadata(input: $input) {
      id
      revision
    }
  }
`);

export const ExportForEditingQuery = graphql(`
  query ExportForEditing($collectionId: ID!, $format: EditingExportFormat!, $drive: Boolean, $conform: Boolean) {
    exportCollectionForEditing(collectionId: $collectionId, format: $format, drive: $drive, conform: $conform) {
      filename
      content
      skipped {
        assetId
        reason
      }
    }
  }
`);

export const RerunCollectionEnrichmentMutation = graphql(`
  mutation RerunCollectionEnrichment($collectionId: ID!, $kinds: [String!]) {
    rerunCollectionEnrichment(collectionId: $collectionId, kinds: $kinds) {
      assets
      jobs {
        kind
      }
      skipped {
        assetId
        reason
      }
    }
  }
`);
