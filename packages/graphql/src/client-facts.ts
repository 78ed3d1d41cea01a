/** Header on a subgraph request carrying who the gateway saw calling: their address and user agent. */
export const CLIENT_HEADER = 'x-mam-client';

/** The caller's network address (as the gateway's trusted proxies report it) and user agent, for audit trails. */
export interface ClientFacts {
  address: string;
  userAgent: string;
}

/** The header value: the facts as base64url JSON, bounded, so any user agent travels safely. */
export function encodeClientFacts(facts: ClientFacts): string {
  return Buffer.from(JSON.stringify({ a: facts.address.slice(0, 100), u: facts.userAgent.slice(0, 500) })).toString(
    'base64url',
  );
}

/** The facts of a header value; undefined when absent or malformed. */
export function decodeClientFacts(header: string | undefined): ClientFacts | undefined {
  if (!header || header.length > 2000) return undefined;
  try {
    const value = JSON.parse(Buffer.from(header, 'base64url').toString('utf8')) as { a?: unknown; u?: unknown };
    return typeof value.a === 'string' && typeof value.u === 'string'
      ? { address: value.a, userAgent: value.u }
      : undefined;
  } catch {
    return undefined;
  }
}
