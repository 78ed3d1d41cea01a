import type express from 'express';
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { IDENTITY_HEADER, type Identity } from '@mam/graphql';
import type { Logger } from '@mam/logger';

const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'proxy-authenticate', 'proxy-authorization', 'te', 'trailer', 'transfer-encoding', 'upgrade', 'host', IDENTITY_HEADER]);

export interface UploadProxyOptions {
  /** Base URL of the ingest service, e.g. http://127.0.0.1:4002 */
  ingestBaseUrl: string;
  /** Signs the caller's identity for ingest. */
  sign: (identity: Identity) => Promise<string>;
  authenticate: (authorization: string | undefined) => Promise<Identity>;
  logger: Logger;
}

function forwardedHeaders(req: express.Request): IncomingHttpHeaders {
  const headers: IncomingHttpHeaders = {};
  for (const [name, value] of Object.entries(req.headers)) if (!HOP_BY_HOP.has(name) && name !== 'authorization') headers[name] = value;
  headers['x-forwarded-host'] = req.headers.host;
  headers['x-forwarded-proto'] = req.protocol;
  return headers;
}

/** Streams a request to ingest and its answer back, byte for byte, without buffering either body. */
function pipeTo(options: UploadProxyOptions, req: express.Request, res: express.Response, headers: IncomingHttpHeaders): void {
  const target = new URL(req.originalUrl, options.ingestBaseUrl);
  const upstream = httpRequest(target, { method: req.method, headers }, (answer) => {
    const responseHeaders = Object.fromEntries(Object.entries(answer.headers).filter(([name]) => !HOP_BY_HOP.has(name)));
    res.writeHead(answer.statusCode ?? 502, responseHeaders as Record<string, string | string[]>);
    answer.pipe(res);
  });
  upstream.on('error', (error) => {
    options.logger.warn({ err: error, path: req.path }, 'ingest unreachable');
    if (!res.headersSent) res.status(502).type('text/plain').send('Upload service unavailable\n');
    else res.destroy();
  });
  req.on('close', () => {
    if (!req.complete) upstream.destroy();
  });
  req.pipe(upstream);
}

/**
 * The gateway's routes to ingest: tus uploads at /files (authenticated like GraphQL, forwarded
 * with the signed identity) and signed rendition URLs at /media (the signature is the credential).
 */
export function registerUploadProxy(app: express.Express, options: UploadProxyOptions): void {
  app.all(['/files', '/files/*path'], async (req, res) => {
    const headers = forwardedHeaders(req);
    if (req.method !== 'OPTIONS') {
      let identity: Identity;
      try {
        identity = await options.authenticate(req.header('authorization'));
      } catch (error) {
        req.resume();
        res.status(401).type('text/plain').set('Tus-Resumable', '1.0.0').send(`${(error as Error).message}\n`);
        return;
      }
      headers[IDENTITY_HEADER] = await options.sign(identity);
    }
    pipeTo(options, req, res, headers);
  });
  app.get('/media/*path', (req, res) => pipeTo(options, req, res, forwardedHeaders(req)));
}
