import { askSubgraph, badInput, SubgraphRefusal, type Identity } from '@mam/graphql';

/** The most assets one bulk action takes from a collection (a saved search can find many more). */
export const MAX_COLLECTION_MEMBERS = 10_000;
const PAGE = 100;

const QUERY = `query($id: ID!, $first: Int!, $after: String) {
  collection(id: $id) {
    assets(first: $first, after: $after) { edges { node { id currentVersion { id } } } pageInfo { hasNextPage endCursor } }
  }
}`;

interface Page {
  collection: {
    assets: {
      edges: { node: { id: string; currentVersion: { id: string } | null } }[];
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
    };
  } | null;
}

/** An asset of a collection and its current version (null while its first version is still arriving). */
export interface CollectionMember {
  assetId: string;
  currentVersionId: string | null;
}

/**
 * The assets of a collection as the person asking may see them, from assets (which keeps
 * collections and runs a smart collection's saved search when it is read): a manual collection's
 * members, or whatever the saved search finds now. Asked on that person's behalf, so access is
 * exactly what GraphQL gives them. Services that act on a collection in bulk (archive, enrichment
 * re-runs) read it here.
 */
export function createCollectionMembers(options: { assetsUrl: string; gatewaySecret: string }) {
  return async (identity: Identity, collectionId: string): Promise<CollectionMember[]> => {
    const ids: CollectionMember[] = [];
    let after: string | null = null;
    do {
      let page: Page;
      try {
        page = await askSubgraph<Page>(
          { url: options.assetsUrl, gatewaySecret: options.gatewaySecret, identity, timeoutMs: 30_000 },
          QUERY,
          { id: collectionId, first: PAGE, after },
          'The collection cannot be read right now (assets does not answer), try again shortly',
        );
      } catch (error) {
        if (error instanceof SubgraphRefusal)
          throw badInput(`The collection cannot be read: ${error.message}`, 'collectionId');
        throw error;
      }
      if (!page.collection) throw badInput('No such collection in this workspace', 'collectionId');
      ids.push(
        ...page.collection.assets.edges.map(({ node }) => ({
          assetId: node.id,
          currentVersionId: node.currentVersion?.id ?? null,
        })),
      );
      after = page.collection.assets.pageInfo.hasNextPage ? page.collection.assets.pageInfo.endCursor : null;
    } while (after && ids.length < MAX_COLLECTION_MEMBERS);
    return ids.slice(0, MAX_COLLECTION_MEMBERS);
  };
}

export type CollectionMembers = ReturnType<typeof createCollectionMembers>;
