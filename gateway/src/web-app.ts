import express from 'express';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { sourcePath } from '@mam/config';

/** Where `vite build` writes the browser app. */
export const defaultWebDist = sourcePath(join(__dirname, '..', '..', 'web', 'dist'));

const API_PATHS = /^\/(graphql|files|media|auth|healthz|readyz)(\/|$)/;

/**
 * Serves the browser app's production build at `/`: hashed assets with long immutable cache
 * headers, index.html never cached, and index.html for every other non-API path (deep links).
 * Does nothing when there is no build.
 */
export function registerWebApp(app: express.Express, distDir = defaultWebDist): boolean {
  const index = join(distDir, 'index.html');
  if (!existsSync(index)) return false;
  app.use(
    '/static',
    express.static(join(distDir, 'static'), { immutable: true, maxAge: '365d', index: false, fallthrough: false }),
  );
  app.use(express.static(distDir, { index: false, maxAge: '1h', dotfiles: 'ignore' }));
  app.get(/.*/, (req, res, next) => {
    // Deep links are for browsers (which ask for text/html by name); API clients get the JSON 404.
    if (API_PATHS.test(req.path) || !(req.headers.accept ?? '').includes('text/html')) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
  return true;
}
