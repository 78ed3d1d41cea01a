import type { IncomingMessage } from 'node:http';
import type express from 'express';
import { errorBody, ErrorCode, httpStatusOf } from '@mam/graphql';
import { CSRF_COOKIE, CSRF_HEADER, parseCookies, SESSION_COOKIE } from './cookies';
import { csrfMatches, isSafeMethod } from './csrf';

/** The credential a request carries in its session cookie, as the authenticator reads it. */
export const sessionAuthorization = (token: string) => `Session ${token}`;

export function sessionTokenOf(req: IncomingMessage): string | undefined {
  return parseCookies(req.headers.cookie)[SESSION_COOKIE] || undefined;
}

export function sendCsrfRefusal(res: express.Response): void {
  res.status(httpStatusOf(ErrorCode.CSRF)).json(errorBody(ErrorCode.CSRF, 'Missing or wrong CSRF token'));
}

/**
 * Lets the session cookie authenticate a request that has no Authorization header (Bearer and
 * ApiKey requests keep going as they are, and need no CSRF token). A cookie request that could
 * change something (not GET/HEAD/OPTIONS) must carry `x-csrf-token` equal to the `mam_csrf`
 * cookie and to the session's token, else 403 CSRF.
 */
export function sessionCookieCredential(options: { csrfSecret: string }): express.RequestHandler {
  return (req, res, next) => {
    if (req.headers.authorization) return next();
    const cookies = parseCookies(req.headers.cookie);
    const token = cookies[SESSION_COOKIE];
    if (!token) return next();
    if (
      !isSafeMethod(req.method) &&
      !csrfMatches(token, options.csrfSecret, req.header(CSRF_HEADER), cookies[CSRF_COOKIE])
    ) {
      req.resume();
      return sendCsrfRefusal(res);
    }
    req.headers.authorization = sessionAuthorization(token);
    next();
  };
}

/**
 * The credential of a graphql-ws connection: its `connectionParams.authorization`, else the session
 * cookie of the upgrade request when it comes from the gateway's own origin (a page of another site
 * cannot open a cookie-authenticated socket).
 */
export function webSocketAuthorization(connectionAuthorization: unknown, request: IncomingMessage): string | undefined {
  if (typeof connectionAuthorization === 'string' && connectionAuthorization) return connectionAuthorization;
  const token = sessionTokenOf(request);
  if (!token) return undefined;
  const origin = request.headers.origin;
  if (origin) {
    try {
      if (new URL(origin).host !== request.headers.host) return undefined;
    } catch {
      return undefined;
    }
  }
  return sessionAuthorization(token);
}
