import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { IDENTITY_HEADER, type Identity } from '@mam/graphql';
import { subgraphFetcher } from './subgraph-fetcher';

export interface GatewayContext {
  identity?: Identity;
}

/** Sends every subgraph request with the caller's identity, signed with the secret subgraphs share with the gateway. */
export class SignedIdentityDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    url: string,
    private readonly sign: (identity: Identity) => Promise<string>,
  ) {
    super({ url, fetcher: subgraphFetcher });
  }

  override async willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<void> {
    const identity = (context as GatewayContext).identity;
    if (identity) request.http?.headers.set(IDENTITY_HEADER, await this.sign(identity));
  }
}
