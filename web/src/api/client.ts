import type { TypedDocumentString } from '../gql/graphql';
import { csrfHeaders } from './csrf';
import { ApiError, toApiError } from './errors';

type Listener = () => void;

let credential: string | undefined;
/** A guest's `Guest <token>` sent instead of the session cookie (a share link's page); undefined for members. */
export function setCredential(authorization: string | undefined): void {
  credential = authorization;
}
export const currentCredential = () => credential;

const unauthenticatedListeners = new Set<Listener>();
/** Called when any request finds the session gone (to send the user to sign-in). */
export function onUnauthenticated(listener: Listener): () => void {
  unauthenticatedListeners.add(listener);
  return () => unauthenticatedListeners.delete(listener);
}

/** A GraphQL-shaped answer of the gateway (GraphQL, /auth): data, errors, or an endpoint's own fields. */
type GraphQLErrorJson = { message: string; extensions?: Record<string, unknown> };
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each caller reads its own endpoint's fields
type EndpointFields = Record<string, any>;
type GraphQLJson = { data?: unknown; errors?: GraphQLErrorJson[] } & EndpointFields;

async function post(path: string, body: unknown, signal?: AbortSignal): Promise<{ status: number; json: GraphQLJson }> {
  let response: Response;
  try {
    response = await fetch(path, {
      method: 'POST',
      credentials: 'same-origin',
      headers: {
        'content-type': 'application/json',
        accept: 'application/json',
        ...(credential ? { authorization: credential } : csrfHeaders()),
      },
      body: JSON.stringify(body),
      signal,
    });
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    throw new ApiError('Cannot reach the server. Check your connection and try again.', 'NETWORK');
  }
  const text = await response.text();
  let json: GraphQLJson;
  try {
    json = text ? JSON.parse(text) : {};
  } catch {
    throw toApiError(undefined, response.status >= 500 ? response.status : 502);
  }
  return { status: response.status, json };
}

/** Runs one typed GraphQL operation against the gateway; the first error is thrown as an ApiError. */
export async function gql<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  ...[variables, signal]: TVariables extends Record<string, never>
    ? [variables?: TVariables, signal?: AbortSignal]
    : [variables: TVariables, signal?: AbortSignal]
): Promise<TResult> {
  const { status, json } = await post('/graphql', { query: document.toString(), variables: variables ?? {} }, signal);
  if (json.errors?.length) {
    const error = toApiError(json.errors[0], status);
    if (error.code === 'UNAUTHENTICATED') unauthenticatedListeners.forEach((l) => l());
    throw error;
  }
  if (status >= 400 || !json.data) throw toApiError(undefined, status);
  return json.data as TResult;
}

/** POSTs to one of the gateway's /auth endpoints. */
export async function authPost<T>(path: string, body: unknown = {}): Promise<T> {
  const { status, json } = await post(path, body);
  if (status >= 400 || json.errors) throw toApiError(json.errors?.[0], status);
  return json as T;
}
