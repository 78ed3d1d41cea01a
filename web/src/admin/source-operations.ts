import { graphql } from '../gql';

export const StorageSourcesQuery = graphql(`
  query StorageSources {
    storageSources {
      id
      name
      kind
      mode
      settings
      hasCredentials
      scheduleMinutes
      watch
      createdAt
      scan {
        state
        requested
        listed
        queued
        missing
        startedAt
        finishedAt
        nextScanAt
        error
      }
    }
  }
`);

export const CreateStorageSourceMutation = graphql(`
  mutation CreateStorageSource($input: CreateStorageSourceInput!) {
    createStorageSource(input: $input) {
      id
      name
    }
  }
`);

export const ScanStorageSourceMutation = graphql(`
  mutation ScanStorageSource($id: ID!) {
    scanStorageSource(id: $id) {
      id
      scan {
        requested
      }
    }
  }
`);
