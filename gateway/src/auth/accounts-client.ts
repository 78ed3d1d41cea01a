import { IDENTITY_HEADER, signIdentity, type Identity } from '@mam/graphql';

const GATEWAY_IDENTITY: Identity = { subject: 'gateway', workspaceId: '*', roles: [], kind: 'system' };

/** An expected refusal from assets (wrong password, used link, rate limit…), with its code and extensions. */
export class AccountsRefusal extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly extensions: Record<string, unknown>,
  ) {
    super(message);
  }
}

/** Assets could not be asked or answered unexpectedly. */
export class AccountsUnavailable extends Error {}

export interface AccountsClientOptions {
  assetsUrl: string;
  gatewaySecret: string;
}

/**
 * Asks the assets subgraph's sign-in fields as the gateway's own system identity. Refusals with a
 * known code come back as AccountsRefusal; anything else (unreachable, internal errors) as AccountsUnavailable.
 */
export async function askAccounts<T>(options: AccountsClientOptions, query: string, variables: Record<string, unknown>): Promise<T> {
  let body: { data?: T | null; errors?: { message: string; extensions?: Record<string, unknown> }[] };
  try {
    const response = await fetch(options.assetsUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [IDENTITY_HEADER]: await signIdentity(GATEWAY_IDENTITY, options.gatewaySecret, 60) },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(10_000),
    });
    body = (await response.json()) as typeof body;
  } catch (error) {
    throw new AccountsUnavailable(`assets unreachable: ${(error as Error).message}`);
  }
  const error = body.errors?.[0];
  if (error) {
    const { code, ...extensions } = error.extensions ?? {};
    if (typeof code === 'string' && ['UNAUTHENTICATED', 'FORBIDDEN', 'BAD_USER_INPUT', 'RATE_LIMITED', 'INVALID_LINK', 'NOT_FOUND'].includes(code)) throw new AccountsRefusal(error.message, code, extensions);
    throw new AccountsUnavailable(`assets answered ${String(code)}: ${error.message}`);
  }
  if (!body.data) throw new AccountsUnavailable('assets answered without data');
  return body.data;
}
