import { graphql } from '../gql';

/** The viewing copy a guest streams (with their name burnt in) and what they may download, as signed URLs. */
export const GuestMediaQuery = graphql(`
  query GuestMedia($id: ID!) {
    reviewVersion(id: $id) {
      id
      reviewMedia {
        status
        reason
        streamUrl
        posterUrl
        downloadProxyUrl
        downloadMasterUrl
        downloadMasterRefusal
      }
    }
  }
`);
