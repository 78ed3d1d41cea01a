import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { Fetcher } from '@apollo/utils.fetcher';
import {
  bindRequest,
  BINDING_HEADER,
  CLIENT_HEADER,
  encodeClientFacts,
  IDENTITY_HEADER,
  type ClientFacts,
  type Identity,
} from '@mam/graphql';
import { subgraphFetcher } from './subgraph-fetcher';

export interface GatewayContext {
  identity?: Identity;
  /** Who called (address, user agent), passed on for the subgraphs' audit trails. */
  client?: ClientFacts;
}

/**
 * Binds the signed identity of each subgraph request to that request (method, path, the exact
 * body sent), just before it leaves: a captured header is worth nothing for any other request.
 */
export function bindingFetcher(secret: string, fetcher: Fetcher = subgraphFetcher): Fetcher {
  return ((url: string, init: { method?: string; headers?: Record<string, string>; body?: string }) => {
    const token = init.headers?.[IDENTITY_HEADER];
    if (!token) return fetcher(url, init);
    const target = new URL(url);
    const binding = bindRequest(token, secret, {
      method: init.method ?? 'POST',
      path: `${target.pathname}${target.search}`,
      body: init.body ?? '',
      client: init.headers?.[CLIENT_HEADER],
    });
    return fetcher(url, { ...init, headers: { ...init.headers, [BINDING_HEADER]: binding } });
  }) as unknown as Fetcher;
}

/** Sends every subgraph request with the caller's identity, signed with the secret subgraphs share with the gateway and bound to the request. */
export class SignedIdentityDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    url: string,
    private readonly sign: (identity: Identity) => Promise<string>,
    secret: string,
  ) {
    super({ url, fetcher: bindingFetcher(secret) });
  }

  override async willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<void> {
    const { identity, client } = context as GatewayContext;
    if (identity) request.http?.headers.set(IDENTITY_HEADER, await this.sign(identity));
    if (identity && client) request.http?.headers.set(CLIENT_HEADER, encodeClientFacts(client));
  }
}
