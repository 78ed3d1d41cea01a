import { createHmac, timingSafeEqual } from 'node:crypto';
import { isServableKey } from './storage-keys';

export const MEDIA_PATH = '/media/';

function signature(key: string, expires: number, secret: string): string {
  return createHmac('sha256', secret).update(`${key}\n${expires}`).digest('base64url');
}

/**
 * A short-lived signed URL path `<base><key>?expires=…&signature=…` (HMAC-SHA256 of the key and the
 * expiry). The expiry is rounded down to a quarter of the lifetime: the same key keeps the same URL
 * for a while, so browsers reuse what they cached; every URL still lives at least 3/4 of ttlSeconds.
 */
export function signPath(base: string, key: string, secret: string, ttlSeconds: number, now = Date.now()): string {
  const step = Math.max(1, Math.floor(ttlSeconds / 4));
  const expires = Math.floor((Math.floor(now / 1000) + ttlSeconds) / step) * step;
  return `${base}${key}?expires=${expires}&signature=${signature(key, expires, secret)}`;
}

/** A short-lived URL path for a rendition (never a master): `/media/<key>?expires=…&signature=…`. */
export function signMediaPath(key: string, secret: string, ttlSeconds = 900, now = Date.now()): string {
  if (!isServableKey(key)) throw new Error('only renditions can be given a media URL');
  return signPath(MEDIA_PATH, key, secret, ttlSeconds, now);
}

/** The key a signed media path grants, or a reason it grants nothing. */
export function verifyMediaPath(
  key: string,
  expires: string | undefined,
  given: string | undefined,
  secret: string,
  now = Date.now(),
): { ok: true } | { ok: false; reason: string } {
  if (!isServableKey(key)) return { ok: false, reason: 'not a servable key' };
  return verifySignedPath(key, expires, given, secret, now);
}

/** Whether a path made by signPath for `key` is genuine and not expired, else why not. */
export function verifySignedPath(
  key: string,
  expires: string | undefined,
  given: string | undefined,
  secret: string,
  now = Date.now(),
): { ok: true } | { ok: false; reason: string } {
  const expiry = Number(expires);
  if (!Number.isInteger(expiry) || !given) return { ok: false, reason: 'missing signature' };
  if (expiry * 1000 < now) return { ok: false, reason: 'link expired' };
  const expected = Buffer.from(signature(key, expiry, secret));
  const actual = Buffer.from(given);
  if (expected.length !== actual.length || !timingSafeEqual(expected, actual))
    return { ok: false, reason: 'bad signature' };
  return { ok: true };
}
