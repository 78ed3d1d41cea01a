import type express from 'express';
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import {
  BINDING_HEADER,
  bindRequest,
  ErrorCode,
  errorCodeOf,
  httpStatusOf,
  IDENTITY_HEADER,
  streamedBody,
  type Identity,
} from '@mam/graphql';
import type { Logger } from '@mam/logger';

const HOP_BY_HOP = new Set([
  'connection',
  'keep-alive',
  'proxy-authenticate',
  'proxy-authorization',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
  'host',
  IDENTITY_HEADER,
  BINDING_HEADER,
]);
/** Headers that say where a request came from: believed from trusted proxies only, and never passed on as the client sent them. */
const FORWARDING = new Set([
  'forwarded',
  'x-forwarded-for',
  'x-forwarded-host',
  'x-forwarded-proto',
  'x-forwarded-port',
  'x-forwarded-prefix',
  'x-real-ip',
]);

export interface UploadProxyOptions {
  /** Base URL of the ingest service, e.g. http://127.0.0.1:4002 */
  ingestBaseUrl: string;
  /** Base URL of the distribution service, whose /downloads serve webhook deliveries' signed download URLs. */
  distributionBaseUrl?: string;
  /** Signs the caller's identity for ingest. */
  sign: (identity: Identity) => Promise<string>;
  /** The secret shared with ingest, to bind the signed identity to each request. */
  gatewaySecret: string;
  authenticate: (authorization: string | undefined) => Promise<Identity>;
  /**
   * The origin clients reach the gateway at (PUBLIC_BASE_URL, else the gateway's own address):
   * upload URLs are built from it, never from the client's Host or Forwarded headers.
   */
  publicOrigin: () => string;
  /** Whether the request came from a configured proxy, whose X-Forwarded-Proto / -Host are believed. */
  fromTrustedProxy: (req: express.Request) => boolean;
  /** PUBLIC_BASE_URL was configured: it wins over anything a proxy says. */
  publicOriginConfigured: boolean;
  logger: Logger;
}

function forwardedHeaders(options: UploadProxyOptions, req: express.Request): IncomingHttpHeaders {
  const headers: IncomingHttpHeaders = {};
  for (const [name, value] of Object.entries(req.headers))
    if (!HOP_BY_HOP.has(name) && !FORWARDING.has(name) && name !== 'authorization') headers[name] = value;
  const proxied = !options.publicOriginConfigured && options.fromTrustedProxy(req) && req.header('x-forwarded-host');
  const origin = new URL(
    proxied ? `${req.protocol}://${req.header('x-forwarded-host')!.split(',')[0].trim()}` : options.publicOrigin(),
  );
  headers['x-forwarded-host'] = origin.host;
  headers['x-forwarded-proto'] = origin.protocol.replace(/:$/, '');
  headers['x-forwarded-for'] = req.ip;
  return headers;
}

/** Streams a request to ingest and its answer back, byte for byte, without buffering either body. */
function pipeTo(
  options: UploadProxyOptions,
  req: express.Request,
  res: express.Response,
  headers: IncomingHttpHeaders,
  target: URL,
): void {
  const upstream = httpRequest(target, { method: req.method, headers }, (answer) => {
    const responseHeaders = Object.fromEntries(
      Object.entries(answer.headers).filter(([name]) => !HOP_BY_HOP.has(name)),
    );
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

/** Where on ingest a request goes: the path exactly as the client sent it (the gateway refused unplain paths before routing). */
function targetOf(options: UploadProxyOptions, req: express.Request, base = options.ingestBaseUrl): URL | undefined {
  const target = new URL(req.originalUrl, base);
  return `${target.pathname}${target.search}` === req.originalUrl ? target : undefined;
}

/**
 * The gateway's routes to ingest: tus uploads at /files (authenticated like GraphQL, forwarded
 * with the signed identity bound to the request) and signed rendition URLs at /media (the
 * signature is the credential); and distribution's signed download URLs at /downloads.
 */
export function registerUploadProxy(app: express.Express, options: UploadProxyOptions): void {
  const refuse = (req: express.Request, res: express.Response, status: number, message: string) => {
    req.resume();
    res.status(status).type('text/plain').set('Tus-Resumable', '1.0.0').send(`${message}\n`);
  };
  app.all(['/files', '/files/*path'], async (req, res) => {
    const target = targetOf(options, req);
    if (!target) return refuse(req, res, 400, 'Bad request path');
    const headers = forwardedHeaders(options, req);
    if (req.method !== 'OPTIONS') {
      let identity: Identity;
      try {
        identity = await options.authenticate(req.header('authorization'));
      } catch (error) {
        const code = errorCodeOf(error) === ErrorCode.UNAVAILABLE ? ErrorCode.UNAVAILABLE : ErrorCode.UNAUTHENTICATED;
        if (code === ErrorCode.UNAVAILABLE) res.set('Retry-After', '5');
        return refuse(req, res, httpStatusOf(code), (error as Error).message);
      }
      const token = await options.sign(identity);
      headers[IDENTITY_HEADER] = token;
      headers[BINDING_HEADER] = bindRequest(token, options.gatewaySecret, {
        method: req.method,
        path: `${target.pathname}${target.search}`,
        body: streamedBody({ get: (name) => req.header(name) }),
      });
    }
    pipeTo(options, req, res, headers, target);
  });
  app.get('/media/*path', (req, res) => {
    const target = targetOf(options, req);
    if (!target) return refuse(req, res, 400, 'Bad request path');
    pipeTo(options, req, res, forwardedHeaders(options, req), target);
  });
  const { distributionBaseUrl } = options;
  if (distributionBaseUrl)
    app.get('/downloads/*path', (req, res) => {
      const target = targetOf(options, req, distributionBaseUrl);
      if (!target) return refuse(req, res, 400, 'Bad request path');
      pipeTo(options, req, res, forwardedHeaders(options, req), target);
    });
}
