import type express from 'express';
import { MEDIA_PATH, sendBlob, verifyMediaPath, type BlobStorage } from '@mam/storage';

/** Whether a storage key (as decoded from the URL) names a file under the storage root: no empty, `.` or `..` segment, no backslash or NUL. */
export function isPlainKey(key: string): boolean {
  return (
    !/[\\\0]/.test(key) && key.split('/').every((segment) => segment !== '' && segment !== '.' && segment !== '..')
  );
}

/**
 * Serves renditions (never masters) at /media/<key> to holders of a short-lived signed URL,
 * with HTTP range requests so a video element can seek.
 */
export function registerMediaRoute(app: express.Express, options: { storage: BlobStorage; secret: string }): void {
  app.get(`${MEDIA_PATH}*key`, async (req, res) => {
    const key = req.params.key.join('/');
    if (!isPlainKey(key)) {
      res.status(400).json({ error: 'bad media path' });
      return;
    }
    const verdict = verifyMediaPath(
      key,
      req.query.expires as string | undefined,
      req.query.signature as string | undefined,
      options.secret,
    );
    if (!verdict.ok) {
      res.status(verdict.reason === 'link expired' ? 410 : 403).json({ error: verdict.reason });
      return;
    }
    await sendBlob(req, res, options.storage, key);
  });
}
