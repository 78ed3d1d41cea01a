import { createClient, type Client } from 'graphql-ws';
import type { TypedDocumentString } from '../gql/graphql';
import { currentCredential } from './client';

let client: Client | undefined;
let clientCredential: string | undefined;

function wsClient(): Client {
  const credential = currentCredential();
  if (client && clientCredential !== credential) {
    void client.dispose();
    client = undefined;
  }
  if (!client) {
    const url = `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/graphql`;
    // Members: the session cookie authenticates the upgrade. Guests: their session token, in connectionParams.
    clientCredential = credential;
    client = createClient({
      url,
      lazy: true,
      retryAttempts: 5,
      connectionParams: credential ? { authorization: credential } : undefined,
    });
  }
  return client;
}

/** Subscribes to one typed subscription; returns the function that ends it. */
export function subscribe<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  onData: (data: TResult) => void,
  onError?: (error: unknown) => void,
): () => void {
  return wsClient().subscribe<TResult>(
    { query: document.toString(), variables: variables as Record<string, unknown> },
    { next: (value) => value.data && onData(value.data), error: (e) => onError?.(e), complete: () => undefined },
  );
}
