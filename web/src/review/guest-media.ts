import { TypedDocumentString } from '../gql/graphql';

export interface GuestMedia {
  /** READY, PREPARING (ask again shortly) or FAILED (reason says why). */
  status: string;
  reason?: string | null;
  streamUrl?: string | null;
  posterUrl?: string | null;
  downloadProxyUrl?: string | null;
  downloadMasterUrl?: string | null;
}

/**
 * The watermarked viewing copy a guest streams, owned by review (AssetVersion.reviewMedia). Written by
 * hand rather than through codegen while the field is new to the schema: an API without it answers an
 * error, and the page then says the picture is not available.
 */
export const GuestMediaQuery = new TypedDocumentString<
  { reviewVersion: { id: string; reviewMedia: GuestMedia | null } | null },
  { id: string }
>(`
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
      }
    }
  }
`);
