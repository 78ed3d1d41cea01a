import { createHash, randomBytes } from 'node:crypto';
import express from 'express';
import { askSubgraph, expiringCache, httpStatusOf, SubgraphRefusal, type Identity } from '@mam/graphql';
import type { Logger } from '@mam/logger';

export interface GuestOptions {
  reviewUrl: string;
  gatewaySecret: string;
  /** How long a guest session's answer is reused; a revoked link stops its guests within this time. */
  ttlMs: number;
}

const hash = (token: string) => createHash('sha256').update(token).digest('hex');
const QUERY = 'query($h: String!) { guestIdentity(sessionTokenHash: $h) { subject workspaceId } }';

/**
 * Turns a guest session token (`Authorization: Guest <token>`) into the guest it acts as, asking
 * review, which keeps only the token's hash. A guest has no role: other services show it nothing,
 * review shows it what its share link covers.
 */
export function createGuestVerifier(options: GuestOptions) {
  const cache = expiringCache<Promise<{ subject: string; workspaceId: string } | null>>();
  const ask = (tokenHash: string) =>
    askSubgraph<{ guestIdentity: { subject: string; workspaceId: string } | null }>(
      { url: options.reviewUrl, gatewaySecret: options.gatewaySecret },
      QUERY,
      { h: tokenHash },
      'Share links cannot be checked right now, try again shortly',
    ).then((d) => d.guestIdentity);
  return async (token: string): Promise<Identity | undefined> => {
    const tokenHash = hash(token);
    let answer = cache.get(tokenHash);
    if (!answer) {
      answer = ask(tokenHash);
      cache.set(tokenHash, answer, Date.now() + options.ttlMs);
      answer.catch(() => cache.delete(tokenHash));
    }
    const found = await answer;
    return found
      ? {
          subject: found.subject,
          workspaceId: found.workspaceId,
          roles: [],
          kind: 'guest',
          groups: [],
          workspaceRole: null,
        }
      : undefined;
  };
}

const text = (value: unknown) => (typeof value === 'string' ? value : '');

/**
 * POST /review-links/open: a guest gives a share link's token, its password when it has one, a name
 * and an email, and gets a guest session token for `Authorization: Guest <token>`. The gateway makes
 * the session token and sends review only hashes of both tokens, with the caller's address and user agent.
 */
export function registerGuestRoutes(
  app: express.Express,
  options: { reviewUrl: string; gatewaySecret: string; logger: Logger },
): void {
  const router = express.Router();
  router.use(express.json({ limit: '16kb' }));
  const fail = (
    res: express.Response,
    status: number,
    code: string,
    message: string,
    extensions: Record<string, unknown> = {},
  ) => void res.status(status).json({ errors: [{ message, extensions: { code, ...extensions } }] });
  router.post('/open', async (req, res) => {
    const body = (req.body ?? {}) as Record<string, unknown>;
    const sessionToken = randomBytes(32).toString('base64url');
    try {
      const data = await askSubgraph<{ openShareLink: Record<string, unknown> }>(
        { url: options.reviewUrl, gatewaySecret: options.gatewaySecret },
        `mutation($t: String!, $p: String, $n: String!, $e: String!, $a: String!, $u: String!, $s: String!) {
          openShareLink(tokenHash: $t, password: $p, name: $n, email: $e, address: $a, userAgent: $u, sessionTokenHash: $s) {
            linkId scope reviewId assetId versionId collectionId latestOnly permissions name email expiresAt } }`,
        {
          t: hash(text(body.token)),
          p: text(body.password) || null,
          n: text(body.name),
          e: text(body.email),
          a: req.ip ?? req.socket.remoteAddress ?? 'unknown',
          u: req.header('user-agent') ?? '',
          s: hash(sessionToken),
        },
      );
      res.json({ sessionToken, guest: data.openShareLink });
    } catch (error) {
      if (error instanceof SubgraphRefusal) {
        if (error.code === 'RATE_LIMITED')
          res.set('Retry-After', String((error.extensions.retryAfterSeconds as number | undefined) ?? 600));
        return fail(res, httpStatusOf(error.code), error.code, error.message, error.extensions);
      }
      options.logger.warn({ err: error }, 'opening a share link failed');
      fail(res, 503, 'UNAVAILABLE', 'Share links cannot be opened right now, try again shortly');
    }
  });
  router.use((_error: unknown, _req: express.Request, res: express.Response, _next: express.NextFunction) =>
    fail(res, 400, 'BAD_USER_INPUT', 'Send a JSON object body of at most 16 KiB'),
  );
  app.use('/review-links', router);
}
