import { createRemoteJWKSet, jwtVerify, type JWTVerifyGetKey } from 'jose';
import { expiringCache, ROLES, type Identity, type Role } from '@mam/graphql';

export interface JwtOptions {
  secret?: string;
  jwksUrl?: string;
  issuer?: string;
  audience?: string;
}

/** How long a verified token is taken as verified without checking its signature again (never past its expiry). */
const VERIFIED_FOR_MS = 60_000;

/**
 * Claims a person's token carries: `sub`, `workspace_id` and `roles`. A token verified once is
 * remembered until it expires (at most a minute): its signature and claims do not change.
 */
export function createJwtVerifier(options: JwtOptions) {
  const key: Uint8Array | JWTVerifyGetKey = options.jwksUrl ? createRemoteJWKSet(new URL(options.jwksUrl)) : new TextEncoder().encode(options.secret);
  const verified = expiringCache<Identity>();
  return async (token: string): Promise<Identity | undefined> => {
    const hit = verified.get(token);
    if (hit) return hit;
    const result = await verify(token);
    if (result) verified.set(token, result.identity, Math.min(result.expiresAt, Date.now() + VERIFIED_FOR_MS));
    return result?.identity;
  };

  async function verify(token: string): Promise<{ identity: Identity; expiresAt: number } | undefined> {
    try {
      const { payload } = await jwtVerify(token, key as Uint8Array, {
        algorithms: options.jwksUrl ? ['RS256', 'ES256', 'PS256', 'EdDSA'] : ['HS256'],
        ...(options.issuer ? { issuer: options.issuer } : {}),
        ...(options.audience ? { audience: options.audience } : {}),
      });
      if (typeof payload.sub !== 'string' || typeof payload.workspace_id !== 'string') return undefined;
      const roles = (Array.isArray(payload.roles) ? payload.roles : []).filter((r): r is Role => (ROLES as readonly unknown[]).includes(r));
      return { identity: { subject: payload.sub, workspaceId: payload.workspace_id, roles, kind: 'user' }, expiresAt: payload.exp ? payload.exp * 1000 : Date.now() + VERIFIED_FOR_MS };
    } catch {
      return undefined;
    }
  }
}
