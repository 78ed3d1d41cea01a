import type express from 'express';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { join, resolve, sep } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { DOWNLOADS_PATH, type DownloadLinks } from './download-links';

const plainKey = (key: string) =>
  !/[\\\0]/.test(key) && key.split('/').every((segment) => segment !== '' && segment !== '.' && segment !== '..');

/**
 * Serves outputs staged for webhook destinations at /downloads/<key> to holders of a short-lived
 * signed URL (410 once it has expired, 403 for a wrong signature), streamed from disk.
 */
export function registerDownloadRoute(app: express.Express, options: { dir: string; links: DownloadLinks }): void {
  const root = resolve(options.dir);
  app.get(`${DOWNLOADS_PATH}*key`, async (req, res) => {
    const key = req.params.key.join('/');
    const path = join(root, key);
    if (!plainKey(key) || !path.startsWith(root + sep)) {
      res.status(400).json({ error: 'bad download path' });
      return;
    }
    const verdict = options.links.verify(
      key,
      req.query.expires as string | undefined,
      req.query.signature as string | undefined,
    );
    if (!verdict.ok) {
      res.status(verdict.reason === 'link expired' ? 410 : 403).json({ error: verdict.reason });
      return;
    }
    const file = await stat(path).catch(() => null);
    if (!file?.isFile()) {
      res.status(404).json({ error: 'not found' });
      return;
    }
    res.setHeader('Content-Type', 'application/octet-stream');
    res.setHeader('Content-Length', String(file.size));
    res.setHeader('Content-Disposition', `attachment; filename="${key.split('/').pop()!.replace(/"/g, '')}"`);
    res.setHeader('Cache-Control', 'private, no-store');
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    await pipeline(createReadStream(path), res).catch(() => res.destroy());
  });
}
