import type express from 'express';
import { pipeline } from 'node:stream/promises';
import { MEDIA_PATH, verifyMediaPath, type BlobStorage } from '@mam/storage';

const CONTENT_TYPES: Record<string, string> = {
  mp4: 'video/mp4',
  m4a: 'audio/mp4',
  jpg: 'image/jpeg',
  webp: 'image/webp',
  png: 'image/png',
  json: 'application/json',
};

/** Parses a single `bytes=` range against a size; undefined means the whole file, null an unsatisfiable range. */
export function parseRange(
  header: string | undefined,
  size: number,
): { start: number; end: number } | undefined | null {
  if (!header) return undefined;
  const match = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!match || (match[1] === '' && match[2] === '')) return null;
  let start: number;
  let end: number;
  if (match[1] === '') {
    start = Math.max(0, size - Number(match[2]));
    end = size - 1;
  } else {
    start = Number(match[1]);
    end = match[2] === '' ? size - 1 : Math.min(Number(match[2]), size - 1);
  }
  return start <= end && start < size ? { start, end } : null;
}

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
    const blob = await options.storage.stat(key);
    if (!blob) {
      res.status(404).json({ error: 'not found' });
      return;
    }
    const range = parseRange(req.header('range'), blob.size);
    res.setHeader('Accept-Ranges', 'bytes');
    res.setHeader('Content-Type', CONTENT_TYPES[key.split('.').pop() ?? ''] ?? 'application/octet-stream');
    res.setHeader('Cache-Control', 'private, max-age=300');
    if (range === null) {
      res.status(416).setHeader('Content-Range', `bytes */${blob.size}`).end();
      return;
    }
    if (range) {
      res.status(206).setHeader('Content-Range', `bytes ${range.start}-${range.end}/${blob.size}`);
      res.setHeader('Content-Length', String(range.end - range.start + 1));
    } else {
      res.setHeader('Content-Length', String(blob.size));
    }
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    await pipeline(options.storage.read(key, range), res).catch(() => res.destroy());
  });
}
