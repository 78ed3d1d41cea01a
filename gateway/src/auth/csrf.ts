import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The CSRF token of a session: an HMAC of the session token, so it needs no storage and a token
 * planted for one session is worthless for another. The web app reads it from the `mam_csrf`
 * cookie and sends it back in the `x-csrf-token` header (double submit).
 */
export function csrfTokenFor(sessionToken: string, secret: string): string {
  return createHmac('sha256', secret).update(`csrf:${sessionToken}`).digest('base64url');
}

const same = (a: string, b: string) => a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

/** True when the header carries the session's token and the cookie holds the same value. */
export function csrfMatches(
  sessionToken: string,
  secret: string,
  header: string | undefined,
  cookie: string | undefined,
): boolean {
  if (!header || !cookie) return false;
  const expected = csrfTokenFor(sessionToken, secret);
  return same(header, cookie) && same(header, expected);
}

/** Methods that change nothing: cookie requests with them need no CSRF token. */
export const isSafeMethod = (method: string) => method === 'GET' || method === 'HEAD' || method === 'OPTIONS';
