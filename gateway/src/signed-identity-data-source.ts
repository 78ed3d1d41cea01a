import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { Fetcher } from '@apollo/utils.fetcher';
import { IDENTITY_HEADER, signIdentity, type Identity } from '@mam/graphql';

export interface GatewayContext {
  identity?: Identity;
}

/** Sends every subgraph request with the caller's identity, signed with the secret subgraphs share with the gateway. */
export class SignedIdentityDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    url: string,
    private readonly secret: string,
  ) {
    // Node's own fetch keeps connections to the subgraph alive and adds no cache layer of its own.
    super({ url, fetcher: fetch as unknown as Fetcher });
  }

  override async willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<void> {
    const identity = (context as GatewayContext).identity;
    if (identity) request.http?.headers.set(IDENTITY_HEADER, await signIdentity(identity, this.secret));
  }
}
