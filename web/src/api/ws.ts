import { createClient, type Client } from 'graphql-ws';
import type { TypedDocumentString } from '../gql/graphql';

let client: Client | undefined;

function wsClient(): Client {
  if (!client) {
    const url = `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/graphql`;
    // The session cookie authenticates the upgrade; nothing secret travels in connectionParams.
    client = createClient({ url, lazy: true, retryAttempts: 5 });
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
