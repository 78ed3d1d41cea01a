import { createHmac, timingSafeEqual } from 'node:crypto';
import { isServableKey } from './storage-keys';

export const MEDIA_PATH = '/media/';

function signature(resource: string, expires: number, secret: string): string {
  return createHmac('sha256', secret).update(`${resource}\n${expires}`).digest('base64url');
}

/**
 * `expires=…&signature=…` granting `resource` (a storage key, or a path with what it is granted
 * to) until its expiry. The expiry is rounded down to a quarter of the lifetime, so the same
 * resource keeps the same URL for a while and browsers reuse what they cached; every URL still
 * lives at least 3/4 of ttlSeconds, but never past `notAfter` (epoch ms) when given.
 */
export function signQuery(
  resource: string,
  secret: string,
  ttlSeconds = 900,
  now = Date.now(),
  notAfter?: number,
): string {
  const granted = grant(resource, secret, ttlSeconds, now, notAfter);
  return `expires=${granted.expires}&signature=${granted.signature}`;
}

/** The expiry and signature of signQuery. */
function grant(resource: string, secret: string, ttlSeconds: number, now: number, notAfter?: number) {
  const step = Math.max(1, Math.floor(ttlSeconds / 4));
  const rounded = Math.floor((Math.floor(now / 1000) + ttlSeconds) / step) * step;
  const expires = notAfter === undefined ? rounded : Math.min(rounded, Math.floor(notAfter / 1000));
  return { expires, signature: signature(resource, expires, secret) };
}

/** Whether an expiry and signature grant `resource` now, or why not. */
export function verifyQuery(
  resource: string,
  expires: string | undefined,
  given: string | undefined,
  secret: string,
  now = Date.now(),
): { ok: true } | { ok: false; reason: string } {
  const expiry = Number(expires);
  if (!Number.isInteger(expiry) || !given) return { ok: false, reason: 'missing signature' };
  if (expiry * 1000 < now) return { ok: false, reason: 'link expired' };
  const expected = Buffer.from(signature(resource, expiry, secret));
  const actual = Buffer.from(given);
  if (expected.length !== actual.length || !timingSafeEqual(expected, actual))
    return { ok: false, reason: 'bad signature' };
  return { ok: true };
}

/**
 * A short-lived URL path for a rendition (never a master): `/media/<key>?expires=…&signature=…`,
 * expiring no later than `notAfter` (epoch ms) when given (a guest's link that ends sooner).
 */
export function signMediaPath(
  key: string,
  secret: string,
  ttlSeconds = 900,
  now = Date.now(),
  notAfter?: number,
): string {
  if (!isServableKey(key)) throw new Error('only renditions can be given a media URL');
  return `${MEDIA_PATH}${key}?${signQuery(key, secret, ttlSeconds, now, notAfter)}`;
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
  return verifyQuery(key, expires, given, secret, now);
}

/** Where folder grants are served: `/media/folder/<expires>/<signature>/<key>`. */
export const MEDIA_FOLDER_PATH = `${MEDIA_PATH}folder/`;

const folderOf = (key: string) => `${key.slice(0, key.lastIndexOf('/'))}/`;

/**
 * A short-lived URL path for a file of a rendition folder that grants every file directly in
 * that folder: the grant is in the path, so the file's relative references (an HLS playlist's
 * initialisation segment and segments) resolve to granted URLs too, one signature for them all.
 */
export function signMediaFolderPath(
  key: string,
  secret: string,
  ttlSeconds = 900,
  now = Date.now(),
  notAfter?: number,
): string {
  if (!isServableKey(key)) throw new Error('only renditions can be given a media URL');
  const granted = grant(folderOf(key), secret, ttlSeconds, now, notAfter);
  return `${MEDIA_FOLDER_PATH}${granted.expires}/${granted.signature}/${key}`;
}

/** Whether a folder grant (from the path of signMediaFolderPath) grants `key` now, or why not. */
export function verifyMediaFolderPath(
  key: string,
  expires: string | undefined,
  given: string | undefined,
  secret: string,
  now = Date.now(),
): { ok: true } | { ok: false; reason: string } {
  if (!isServableKey(key)) return { ok: false, reason: 'not a servable key' };
  return verifyQuery(folderOf(key), expires, given, secret, now);
}
