import type express from 'express';

/**
 * Whether a request path (as sent, before any decoding) is one the gateway routes as it reads:
 * no `.` or `..` segment, no encoded dot, slash or backslash, no backslash or NUL. Anything else
 * could name another route once a server further on normalises it (`/media/../healthz`).
 */
export function isPlainPath(rawPath: string): boolean {
  if (!rawPath.startsWith('/')) return false;
  if (/%(2e|2f|5c|00)/i.test(rawPath) || /[\\\0]/.test(rawPath)) return false;
  return rawPath.split('/').every((segment) => segment !== '.' && segment !== '..');
}

/** Refuses, before any routing, a request whose path is not plain (400, nothing forwarded). */
export function refuseUnplainPaths(): express.RequestHandler {
  return (req, res, next) => {
    const rawPath = req.originalUrl.split('?', 1)[0];
    if (isPlainPath(rawPath)) return next();
    req.resume();
    res
      .status(400)
      .type('text/plain')
      .send('Bad request path: dot segments and encoded slashes or dots are not accepted\n');
  };
}
