import { randomBytes } from 'node:crypto';
import express from 'express';
import type { Logger } from '@mam/logger';
import { askSubgraph, errorBody, ErrorCode, httpStatusOf, SubgraphRefusal } from '@mam/graphql';
import { CSRF_COOKIE, CSRF_HEADER, parseCookies, serializeCookie, SESSION_COOKIE } from './cookies';
import { csrfMatches, csrfTokenFor } from './csrf';
import { hashSessionToken, type SessionVerifier } from './session';
import { sendCsrfRefusal } from './session-cookie';

export interface AuthRoutesOptions {
  assetsUrl: string;
  gatewaySecret: string;
  /** Secure cookies (the gateway is served over https). */
  secureCookies: boolean;
  sessions: SessionVerifier;
  logger: Logger;
}

const SESSION_SECONDS = 30 * 86_400;
const ME = 'id email name workspaceId workspaceName role workspaces { id name role }';

type Handler = (req: express.Request, res: express.Response) => Promise<void>;

const text = (value: unknown) => (typeof value === 'string' ? value : '');

/**
 * People's sign-in on the gateway, JSON in and out, errors GraphQL-shaped: /auth/sign-in,
 * /auth/link (one-time sign-in links), /auth/invite/accept, /auth/sign-out, /auth/switch-workspace,
 * /auth/password, /auth/me. Accounts, sessions and counters live in assets; the gateway makes each
 * session token, sends assets only its hash and hands the token to the browser in an HttpOnly cookie,
 * with the session's CSRF token in a readable one.
 */
export function registerAuthRoutes(app: express.Express, options: AuthRoutesOptions): void {
  const router = express.Router();
  router.use(express.json({ limit: '16kb' }));

  const ask = <T>(query: string, variables: Record<string, unknown>) =>
    askSubgraph<T>(
      { url: options.assetsUrl, gatewaySecret: options.gatewaySecret },
      query,
      variables,
      'Accounts cannot be reached right now, try again shortly',
    );

  function setSessionCookies(res: express.Response, token: string): void {
    res.append(
      'Set-Cookie',
      serializeCookie(SESSION_COOKIE, token, {
        httpOnly: true,
        secure: options.secureCookies,
        maxAge: SESSION_SECONDS,
      }),
    );
    res.append(
      'Set-Cookie',
      serializeCookie(CSRF_COOKIE, csrfTokenFor(token, options.gatewaySecret), {
        httpOnly: false,
        secure: options.secureCookies,
        maxAge: SESSION_SECONDS,
      }),
    );
  }

  function clearSessionCookies(res: express.Response): void {
    res.append(
      'Set-Cookie',
      serializeCookie(SESSION_COOKIE, '', { httpOnly: true, secure: options.secureCookies, maxAge: 0 }),
    );
    res.append(
      'Set-Cookie',
      serializeCookie(CSRF_COOKIE, '', { httpOnly: false, secure: options.secureCookies, maxAge: 0 }),
    );
  }

  const fail = (res: express.Response, code: ErrorCode, message: string, extensions: Record<string, unknown> = {}) =>
    void res.status(httpStatusOf(code)).json(errorBody(code, message, extensions));

  /** Runs a route, turning assets' refusals into their HTTP answers and anything else into 503/500. */
  const route =
    (handler: Handler): express.RequestHandler =>
    async (req, res) => {
      try {
        await handler(req, res);
      } catch (error) {
        if (error instanceof SubgraphRefusal) {
          if (error.code === ErrorCode.RATE_LIMITED)
            res.set('Retry-After', String((error.extensions.retryAfterSeconds as number | undefined) ?? 60));
          return fail(res, error.code, error.message, error.extensions);
        }
        options.logger.warn({ err: error, path: req.path }, 'sign-in request failed');
        fail(res, ErrorCode.UNAVAILABLE, 'Sign-in is unavailable right now, try again shortly');
      }
    };

  /** A cookie-authenticated change: the session token, after the CSRF check (else 403 answered, undefined). */
  function sessionOf(req: express.Request, res: express.Response): string | undefined | null {
    const cookies = parseCookies(req.headers.cookie);
    const token = cookies[SESSION_COOKIE];
    if (!token) return null;
    if (!csrfMatches(token, options.gatewaySecret, req.header(CSRF_HEADER), cookies[CSRF_COOKIE])) {
      sendCsrfRefusal(res);
      return undefined;
    }
    return token;
  }

  /**
   * Opens a session through `open` (given the new token's hash) and answers with the person and the
   * cookies. A session the browser held before is ended: a sign-in never leaves the old one behind.
   */
  async function openSession(
    req: express.Request,
    res: express.Response,
    open: (sessionTokenHash: string) => Promise<unknown>,
  ): Promise<void> {
    const token = randomBytes(32).toString('base64url');
    const me = await open(hashSessionToken(token));
    const previous = parseCookies(req.headers.cookie)[SESSION_COOKIE];
    if (previous && previous !== token) {
      await ask('mutation($h: String!) { endSession(sessionTokenHash: $h) }', { h: hashSessionToken(previous) }).catch(
        () => undefined,
      );
      options.sessions.forget(previous);
    }
    setSessionCookies(res, token);
    res.json({ me });
  }

  router.post(
    '/sign-in',
    route(async (req, res) => {
      const body = req.body ?? {};
      if (!text(body.email) || !text(body.password))
        return fail(res, ErrorCode.BAD_USER_INPUT, 'Enter your email address and password', {
          fields: {
            ...(!text(body.email) ? { email: 'Required' } : {}),
            ...(!text(body.password) ? { password: 'Required' } : {}),
          },
        });
      await openSession(req, res, async (sessionTokenHash) => {
        const data = await ask<{ signIn: unknown }>(
          `mutation($email: String!, $password: String!, $workspaceId: ID, $address: String!, $h: String!) { signIn(email: $email, password: $password, workspaceId: $workspaceId, address: $address, sessionTokenHash: $h) { ${ME} } }`,
          {
            email: body.email,
            password: body.password,
            workspaceId: text(body.workspaceId) || null,
            address: req.ip ?? req.socket.remoteAddress ?? 'unknown',
            h: sessionTokenHash,
          },
        );
        return data.signIn;
      });
    }),
  );

  router.post(
    '/link',
    route(async (req, res) => {
      const token = text(req.body?.token);
      if (!token) return fail(res, ErrorCode.INVALID_LINK, 'This sign-in link has expired or was already used');
      await openSession(
        req,
        res,
        async (h) =>
          (
            await ask<{ redeemSignInLink: unknown }>(
              `mutation($l: String!, $h: String!) { redeemSignInLink(linkTokenHash: $l, sessionTokenHash: $h) { ${ME} } }`,
              { l: hashSessionToken(token), h },
            )
          ).redeemSignInLink,
      );
    }),
  );

  router.post(
    '/invite/accept',
    route(async (req, res) => {
      const body = req.body ?? {};
      const token = text(body.token);
      if (!token) return fail(res, ErrorCode.INVALID_LINK, 'This invite has expired or was already used');
      await openSession(
        req,
        res,
        async (h) =>
          (
            await ask<{ acceptInvite: unknown }>(
              `mutation($i: String!, $p: String!, $n: String, $h: String!) { acceptInvite(inviteTokenHash: $i, password: $p, name: $n, sessionTokenHash: $h) { ${ME} } }`,
              {
                i: hashSessionToken(token),
                p: text(body.password),
                n: text(body.name),
                h,
              },
            )
          ).acceptInvite,
      );
    }),
  );

  router.post(
    '/sign-out',
    route(async (req, res) => {
      const token = sessionOf(req, res);
      if (token === undefined) return;
      if (token) {
        await ask('mutation($h: String!) { endSession(sessionTokenHash: $h) }', { h: hashSessionToken(token) });
        options.sessions.forget(token);
      }
      clearSessionCookies(res);
      res.status(204).end();
    }),
  );

  router.post(
    '/switch-workspace',
    route(async (req, res) => {
      const token = sessionOf(req, res);
      if (token === undefined) return;
      if (!token) return fail(res, ErrorCode.UNAUTHENTICATED, 'Not signed in');
      const data = await ask<{ switchSessionWorkspace: unknown }>(
        `mutation($h: String!, $w: ID!) { switchSessionWorkspace(sessionTokenHash: $h, workspaceId: $w) { ${ME} } }`,
        {
          h: hashSessionToken(token),
          w: text(req.body?.workspaceId),
        },
      );
      options.sessions.forget(token);
      res.json({ me: data.switchSessionWorkspace });
    }),
  );

  router.post(
    '/password',
    route(async (req, res) => {
      const token = sessionOf(req, res);
      if (token === undefined) return;
      if (!token) return fail(res, ErrorCode.UNAUTHENTICATED, 'Not signed in');
      await openSession(req, res, async (h) => {
        const data = await ask<{ changePassword: unknown }>(
          `mutation($s: String!, $c: String, $p: String!, $h: String!) { changePassword(sessionTokenHash: $s, currentPassword: $c, newPassword: $p, newSessionTokenHash: $h) { ${ME} } }`,
          {
            s: hashSessionToken(token),
            c: text(req.body?.currentPassword) || null,
            p: text(req.body?.newPassword),
            h,
          },
        );
        options.sessions.forget(token);
        return data.changePassword;
      });
    }),
  );

  router.get(
    '/me',
    route(async (req, res) => {
      const token = parseCookies(req.headers.cookie)[SESSION_COOKIE];
      if (!token) return fail(res, ErrorCode.UNAUTHENTICATED, 'Not signed in');
      try {
        const data = await ask<{ sessionAccount: unknown }>(
          `query($h: String!) { sessionAccount(sessionTokenHash: $h) { ${ME} } }`,
          { h: hashSessionToken(token) },
        );
        res.json({ me: data.sessionAccount });
      } catch (error) {
        // A session that ended leaves no cookies behind.
        if (error instanceof SubgraphRefusal && error.code === ErrorCode.UNAUTHENTICATED) clearSessionCookies(res);
        throw error;
      }
    }),
  );

  router.use((_error: unknown, _req: express.Request, res: express.Response, _next: express.NextFunction) =>
    fail(res, ErrorCode.BAD_USER_INPUT, 'Send a JSON object body of at most 16 KiB'),
  );
  app.use('/auth', router);
}
