import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

/** Header carrying the binding of the signed identity to one request. */
export const BINDING_HEADER = 'x-mam-request-binding';

/** How long a binding is accepted after it was made (and how far ahead of this clock it may be). */
export const BINDING_LIFETIME_MS = 30_000;
const CLOCK_SKEW_MS = 5_000;

/**
 * What a binding covers: the method, the target path and the body (or, for a body that is
 * streamed, facts that stand for it, such as the tus offset and length).
 */
export interface RequestFacts {
  method: string;
  path: string;
  body?: string | Buffer;
  /** The client facts header (CLIENT_HEADER), when the request carries one. */
  client?: string;
}

/** The HMAC key derived from the shared secret, derived once per secret: every request is bound or verified with it. */
const bindingKeys = new Map<string, Buffer>();
function bindingKey(secret: string): Buffer {
  let key = bindingKeys.get(secret);
  if (!key) {
    key = createHash('sha256').update(`mam-request-binding\n${secret}`).digest();
    // A process knows one or two secrets (the current one, one being rotated in): no unbounded growth.
    if (bindingKeys.size >= 8) bindingKeys.clear();
    bindingKeys.set(secret, key);
  }
  return key;
}
const sha256 = (value: string | Buffer) => createHash('sha256').update(value).digest('hex');

function mac(secret: string, identityToken: string, facts: RequestFacts, at: number): string {
  return createHmac('sha256', bindingKey(secret))
    .update(
      [
        String(at),
        facts.method.toUpperCase(),
        facts.path,
        sha256(facts.body ?? ''),
        identityToken,
        ...(facts.client ? [facts.client] : []),
      ].join('\n'),
    )
    .digest('base64url');
}

/**
 * Binds a signed identity to one request: `<time>.<HMAC of time, method, path, body hash and the
 * identity token>`. The identity token itself can be signed once per caller and reused; what makes
 * a captured header worthless for any other request, or after a few seconds, is the binding.
 */
export function bindRequest(identityToken: string, secret: string, facts: RequestFacts, now = Date.now()): string {
  return `${now}.${mac(secret, identityToken, facts, now)}`;
}

/** Whether a binding was made by a holder of the secret for this identity token and this request, recently. */
export function verifyBinding(
  binding: string | undefined,
  identityToken: string,
  secret: string,
  facts: RequestFacts,
  now = Date.now(),
): boolean {
  const match = /^(\d{1,16})\.([A-Za-z0-9_-]{43})$/.exec(binding ?? '');
  if (!match) return false;
  const at = Number(match[1]);
  if (at > now + CLOCK_SKEW_MS || now - at > BINDING_LIFETIME_MS) return false;
  const expected = Buffer.from(mac(secret, identityToken, facts, at));
  const given = Buffer.from(match[2]);
  return expected.length === given.length && timingSafeEqual(expected, given);
}

/** The body a subscription binding covers: the operation and its variables, as the subgraph receives them. */
export function subscriptionBody(payload: { query: string; variables?: Record<string, unknown> | null }): string {
  return `${payload.query}\n${JSON.stringify(payload.variables ?? {})}`;
}

/** The facts standing for a streamed upload body: the tus offset, length and metadata it declares. */
export function streamedBody(headers: { get(name: string): string | null | undefined }): string {
  return ['upload-offset', 'upload-length', 'upload-metadata']
    .map((name) => `${name}:${headers.get(name) ?? ''}`)
    .join('\n');
}

/**
 * Binds the client facts of a request that carries no identity (a signed download URL is its own
 * credential): the subgraph believes the address and user agent only from the gateway.
 */
export function bindClientFacts(secret: string, facts: RequestFacts, now = Date.now()): string {
  return bindRequest('', secret, facts, now);
}

/** Whether the gateway bound these client facts to this request, recently. */
export function verifyClientFacts(binding: string | undefined, secret: string, facts: RequestFacts, now = Date.now()) {
  return verifyBinding(binding, '', secret, facts, now);
}
