import { createRemoteJWKSet, errors, jwtVerify, type JWTVerifyGetKey } from 'jose';
import { expiringCache, ROLES, unavailable, type Identity, type Role } from '@mam/graphql';

export interface JwtOptions {
  secret?: string;
  jwksUrl?: string;
  issuer?: string;
  audience?: string;
  /** The longest lifetime accepted (from `iat`, or from now, to `exp`); longer-lived tokens are refused. */
  maxLifetimeSeconds?: number;
}

/** How long a verified token is taken as verified without checking its signature again (never past its expiry). */
const VERIFIED_FOR_MS = 60_000;
export const DEFAULT_MAX_TOKEN_LIFETIME_SECONDS = 86_400;

/**
 * Claims a person's token carries: `sub`, `workspace_id`, `roles` (at least one known role) and
 * `exp`, within the lifetime cap. A token verified once is remembered until it expires (at most a
 * minute): its signature and claims do not change. An identity provider that cannot be reached
 * is UNAVAILABLE, not a bad token.
 */
export function createJwtVerifier(options: JwtOptions) {
  const key: Uint8Array | JWTVerifyGetKey = options.jwksUrl
    ? createRemoteJWKSet(new URL(options.jwksUrl))
    : new TextEncoder().encode(options.secret);
  const maxLifetimeMs = (options.maxLifetimeSeconds ?? DEFAULT_MAX_TOKEN_LIFETIME_SECONDS) * 1000;
  const verified = expiringCache<Identity>();
  return async (token: string): Promise<Identity | undefined> => {
    const hit = verified.get(token);
    if (hit) return hit;
    const result = await verify(token);
    if (result) verified.set(token, result.identity, Math.min(result.expiresAt, Date.now() + VERIFIED_FOR_MS));
    return result?.identity;
  };

  async function verify(token: string): Promise<{ identity: Identity; expiresAt: number } | undefined> {
    let payload;
    try {
      ({ payload } = await jwtVerify(token, key as Uint8Array, {
        algorithms: options.jwksUrl ? ['RS256', 'ES256', 'PS256', 'EdDSA'] : ['HS256'],
        requiredClaims: ['exp'],
        ...(options.issuer ? { issuer: options.issuer } : {}),
        ...(options.audience ? { audience: options.audience } : {}),
      }));
    } catch (error) {
      // The provider's keys could not be had (timeout, network, a non-200 answer): no verdict on the token.
      const unreachable =
        error instanceof errors.JWKSTimeout ||
        !(error instanceof errors.JOSEError) ||
        error.code === 'ERR_JOSE_GENERIC';
      if (unreachable)
        throw Object.assign(unavailable('Cannot check credentials right now; try again shortly'), { cause: error });
      return undefined;
    }
    if (typeof payload.sub !== 'string' || typeof payload.workspace_id !== 'string' || typeof payload.exp !== 'number')
      return undefined;
    const expiresAt = payload.exp * 1000;
    const issuedAt = typeof payload.iat === 'number' ? Math.min(payload.iat * 1000, Date.now()) : Date.now();
    if (expiresAt - issuedAt > maxLifetimeMs) return undefined;
    const roles = (Array.isArray(payload.roles) ? payload.roles : []).filter((r): r is Role =>
      (ROLES as readonly unknown[]).includes(r),
    );
    if (roles.length === 0) return undefined;
    return { identity: { subject: payload.sub, workspaceId: payload.workspace_id, roles, kind: 'user' }, expiresAt };
  }
}
