import type express from 'express';
import { request as httpRequest } from 'node:http';
import { BINDING_HEADER, bindClientFacts, CLIENT_HEADER, encodeClientFacts } from '@mam/graphql';
import type { Logger } from '@mam/logger';

/** What a download request passes on: what a player or a download manager asks for, nothing that says who it is. */
const PASSED = ['range', 'if-range', 'accept', 'accept-encoding'];
const ANSWERED = [
  'content-type',
  'content-length',
  'content-range',
  'accept-ranges',
  'cache-control',
  'content-disposition',
];

/**
 * The gateway's route to review's downloads at /review-downloads (the signed URL is the credential):
 * forwarded with the client's address and user agent bound to the request, so review records who
 * downloaded in its audit and believes those facts from the gateway only. Bytes stream through.
 */
export function registerReviewDownloads(
  app: express.Express,
  options: { reviewBaseUrl: string; gatewaySecret: string; logger: Logger },
): void {
  app.get('/review-downloads/*path', (req, res) => {
    const target = new URL(req.originalUrl, options.reviewBaseUrl);
    const path = `${target.pathname}${target.search}`;
    if (path !== req.originalUrl) return void res.status(400).type('text/plain').send('Bad request path\n');
    const client = encodeClientFacts({
      address: req.ip ?? req.socket.remoteAddress ?? 'unknown',
      userAgent: req.header('user-agent') ?? '',
    });
    const headers: Record<string, string> = {
      [CLIENT_HEADER]: client,
      [BINDING_HEADER]: bindClientFacts(options.gatewaySecret, { method: 'GET', path, client }),
    };
    for (const name of PASSED) {
      const value = req.header(name);
      if (value) headers[name] = value;
    }
    const upstream = httpRequest(target, { method: 'GET', headers }, (answer) => {
      for (const name of ANSWERED) {
        const value = answer.headers[name];
        if (value !== undefined) res.setHeader(name, value);
      }
      res.status(answer.statusCode ?? 502);
      answer.pipe(res);
    });
    upstream.on('error', (error) => {
      options.logger.warn({ err: error }, 'review unreachable for a download');
      if (!res.headersSent) res.status(502).type('text/plain').send('Download service unavailable\n');
      else res.destroy();
    });
    req.on('close', () => {
      if (!res.writableFinished) upstream.destroy();
    });
    upstream.end();
  });
}
