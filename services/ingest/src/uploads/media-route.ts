import type express from 'express';
import {
  MEDIA_FOLDER_PATH,
  MEDIA_PATH,
  sendBlob,
  verifyMediaFolderPath,
  verifyMediaPath,
  type BlobStorage,
} from '@mam/storage';

/** Whether a storage key (as decoded from the URL) names a file under the storage root: no empty, `.` or `..` segment, no backslash or NUL. */
export function isPlainKey(key: string): boolean {
  return (
    !/[\\\0]/.test(key) && key.split('/').every((segment) => segment !== '' && segment !== '.' && segment !== '..')
  );
}

/** The grant of a folder URL's path (`<expires>/<signature>/<key>`), or null when it is not one. */
export function folderGrantOf(segments: string[]): { expires: string; signature: string; key: string } | null {
  if (segments[0] !== MEDIA_FOLDER_PATH.slice(MEDIA_PATH.length, -1) || segments.length < 4) return null;
  return { expires: segments[1], signature: segments[2], key: segments.slice(3).join('/') };
}

/**
 * Serves renditions (never masters) at /media/<key> to holders of a short-lived signed URL, and
 * at /media/folder/<expires>/<signature>/<key> to holders of a grant of the key's folder (an HLS
 * stream's playlist and segments), with HTTP range requests so a video element can seek.
 */
export function registerMediaRoute(app: express.Express, options: { storage: BlobStorage; secret: string }): void {
  app.get(`${MEDIA_PATH}*key`, async (req, res) => {
    const folder = folderGrantOf(req.params.key);
    const key = folder?.key ?? req.params.key.join('/');
    if (!isPlainKey(key)) {
      res.status(400).json({ error: 'bad media path' });
      return;
    }
    const verdict = folder
      ? verifyMediaFolderPath(key, folder.expires, folder.signature, options.secret)
      : verifyMediaPath(
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
