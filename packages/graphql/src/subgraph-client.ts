import { ErrorCode, isErrorCode, unavailable } from './errors';
import { signedRequestHeaders, type Identity } from './identity';

/** The gateway's own system identity, for its questions about callers (sign-in, credentials, share links). */
export const GATEWAY_IDENTITY: Identity = { subject: 'gateway', workspaceId: '*', roles: [], kind: 'system' };

/** Codes a subgraph answers the gateway's own questions (sign-in, credentials, share links) with on purpose; any other is no answer. */
const REFUSALS = new Set<ErrorCode>([
  ErrorCode.UNAUTHENTICATED,
  ErrorCode.FORBIDDEN,
  ErrorCode.BAD_USER_INPUT,
  ErrorCode.RATE_LIMITED,
  ErrorCode.INVALID_LINK,
  ErrorCode.NOT_FOUND,
]);

/** An expected refusal from a subgraph (wrong password, used link, rate limit…), with its code and extensions. */
export class SubgraphRefusal extends Error {
  constructor(
    message: string,
    readonly code: ErrorCode,
    readonly extensions: Record<string, unknown>,
  ) {
    super(message);
  }
}

export interface SubgraphClientOptions {
  /** The subgraph's GraphQL URL. */
  url: string;
  gatewaySecret: string;
  timeoutMs?: number;
  /** Who asks: the gateway itself unless a service asks on behalf of its caller. */
  identity?: Identity;
}

type Answer<T> = { data?: T | null; errors?: { message: string; extensions?: Record<string, unknown> }[] };

/**
 * Asks a subgraph, bound to this one request: the gateway about callers (assets: accounts,
 * sessions, members, API keys; review: share links and guest sessions) as its own system
 * identity, or a service on behalf of the person it serves (archive reading a saved search). An expected refusal
 * comes back as SubgraphRefusal; no answer (the subgraph or its database down, an unexpected error
 * in place of the answer) is the retryable UNAVAILABLE saying `unavailableMessage`, with the cause
 * attached: it says nothing about the caller.
 */
export async function askSubgraph<T>(
  options: SubgraphClientOptions,
  query: string,
  variables: Record<string, unknown>,
  unavailableMessage = 'The service cannot be reached right now, try again shortly',
): Promise<T> {
  const noAnswer = (cause: string) => Object.assign(unavailable(unavailableMessage), { cause: new Error(cause) });
  let answer: Answer<T>;
  try {
    const target = new URL(options.url);
    const body = JSON.stringify({ query, variables });
    const headers = await signedRequestHeaders(
      options.identity ?? GATEWAY_IDENTITY,
      options.gatewaySecret,
      { method: 'POST', path: `${target.pathname}${target.search}`, body },
      60,
    );
    const response = await fetch(target, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body,
      signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
    });
    answer = (await response.json()) as Answer<T>;
  } catch (error) {
    throw noAnswer(`${options.url} unreachable: ${(error as Error).message}`);
  }
  const error = answer.errors?.[0];
  if (error) {
    const { code, ...extensions } = error.extensions ?? {};
    if (isErrorCode(code) && REFUSALS.has(code)) throw new SubgraphRefusal(error.message, code, extensions);
    throw noAnswer(`${options.url} answered ${String(code)}: ${error.message}`);
  }
  if (!answer.data) throw noAnswer(`${options.url} answered without data`);
  return answer.data;
}
