import { unauthenticated, type Identity } from '@mam/graphql';

export type Verifier = (credential: string) => Promise<Identity | undefined>;

/**
 * Turns an Authorization header into an identity: `Bearer <jwt>` for people,
 * `ApiKey <key>` for partner apps, `Session <token>` for a session cookie (see session-cookie.ts),
 * `Guest <token>` for a guest who opened a review share link (see guest.ts). Anything else, or a bad credential, is UNAUTHENTICATED.
 */
export function createAuthenticator(verifiers: {
  jwt: Verifier;
  apiKey?: Verifier;
  session?: Verifier;
  guest?: Verifier;
}) {
  return async (authorization: string | undefined): Promise<Identity> => {
    if (!authorization) throw unauthenticated('Missing Authorization header: use "Bearer <token>" or "ApiKey <key>"');
    const [scheme, credential] = authorization.trim().split(/\s+/, 2);
    const verify = /^bearer$/i.test(scheme)
      ? verifiers.jwt
      : /^apikey$/i.test(scheme)
        ? verifiers.apiKey
        : scheme === 'Session'
          ? verifiers.session
          : /^guest$/i.test(scheme)
            ? verifiers.guest
            : undefined;
    if (!verify || !credential)
      throw unauthenticated('Unsupported Authorization scheme: use "Bearer <token>" or "ApiKey <key>"');
    const identity = await verify(credential);
    if (!identity) throw unauthenticated('Invalid or expired credentials');
    return identity;
  };
}

export type Authenticator = ReturnType<typeof createAuthenticator>;
