import { signPath, verifySignedPath } from '@mam/storage';

/** Where webhook endpoints download outputs: `/downloads/<key>?expires=…&signature=…`. */
export const DOWNLOADS_PATH = '/downloads/';

/** Keys are signed with this prefix, so a download signature is never a valid media URL signature and back. */
const SCOPE = 'distribution-download:';

export interface DownloadLinks {
  /** An absolute short-lived URL for a staged file, signed like the system's media URLs. */
  sign(key: string): { url: string; expiresAt: Date };
  verify(
    key: string,
    expires: string | undefined,
    signature: string | undefined,
  ): { ok: true } | { ok: false; reason: string };
}

export function downloadLinks(options: { base: () => string; secret: string; ttlSeconds: number }): DownloadLinks {
  return {
    sign(key) {
      const path = signPath(DOWNLOADS_PATH, `${SCOPE}${key}`, options.secret, options.ttlSeconds);
      const url = new URL(path.replace(SCOPE, ''), options.base());
      return { url: url.toString(), expiresAt: new Date(Number(url.searchParams.get('expires')) * 1000) };
    },
    verify: (key, expires, signature) => verifySignedPath(`${SCOPE}${key}`, expires, signature, options.secret),
  };
}
