import { jwtVerify, SignJWT } from 'jose';
import { expiringCache } from './expiring-cache';
import { BINDING_HEADER, bindRequest, verifyBinding, type RequestFacts } from './request-binding';

export const ROLES = ['admin', 'editor', 'reviewer', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

/** Who is asking, as authenticated by the gateway and passed to every subgraph, signed. */
export interface Identity {
  subject: string;
  workspaceId: string;
  /** The caller's role in the workspace (one, the highest it holds). */
  roles: Role[];
  /** A guest is someone without an account who opened a review share link (subject `guest:<link id>:<email>`). */
  kind: 'user' | 'api_key' | 'system' | 'guest';
  /** Ids of the workspace groups the caller belongs to; grants to a group apply to its members. */
  groups?: string[];
  /**
   * The role the caller holds on every asset of the workspace through workspace-wide grants,
   * already capped by its own role; null or absent when it sees only what is granted to it.
   */
  workspaceRole?: Role | null;
}

export const IDENTITY_HEADER = 'x-mam-identity';
const ISSUER = 'mam-gateway';
const AUDIENCE = 'mam-subgraph';

const key = (secret: string) => new TextEncoder().encode(secret);

/** A short-lived HS256 token the gateway attaches to every subgraph request. */
export async function signIdentity(identity: Identity, secret: string, ttlSeconds = 300): Promise<string> {
  return new SignJWT({
    ws: identity.workspaceId,
    roles: identity.roles,
    kind: identity.kind,
    grp: identity.groups ?? [],
    wr: identity.workspaceRole ?? null,
  })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(identity.subject)
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(`${ttlSeconds}s`)
    .sign(key(secret));
}

/** Verifies the gateway's signature; returns undefined for a missing, forged or expired token. */
export async function verifyIdentity(token: string | undefined, secret: string): Promise<Identity | undefined> {
  return (await verifySigned(token, secret))?.identity;
}

/**
 * Signs identities for subgraph requests, reusing the token signed for the same identity while
 * more than half of its lifetime is left (every request of a caller carries the same identity).
 */
export function createIdentitySigner(secret: string, ttlSeconds = 300) {
  const signed = expiringCache<string>();
  return async (identity: Identity): Promise<string> => {
    const cacheKey = JSON.stringify([
      identity.subject,
      identity.workspaceId,
      identity.roles,
      identity.kind,
      identity.groups ?? [],
      identity.workspaceRole ?? null,
    ]);
    const hit = signed.get(cacheKey);
    if (hit) return hit;
    const token = await signIdentity(identity, secret, ttlSeconds);
    signed.set(cacheKey, token, Date.now() + ttlSeconds * 500);
    return token;
  };
}

/** Verifies identity tokens, remembering each verified one until it expires: a signature checked once stays good. */
export function createIdentityVerifier(secret: string) {
  const verified = expiringCache<Identity>();
  return async (token: string | undefined): Promise<Identity | undefined> => {
    if (!token) return undefined;
    const hit = verified.get(token);
    if (hit) return hit;
    const result = await verifySigned(token, secret);
    if (result) verified.set(token, result.identity, result.expiresAt);
    return result?.identity;
  };
}

async function verifySigned(
  token: string | undefined,
  secret: string,
): Promise<{ identity: Identity; expiresAt: number } | undefined> {
  if (!token) return undefined;
  try {
    const { payload } = await jwtVerify(token, key(secret), {
      issuer: ISSUER,
      audience: AUDIENCE,
      algorithms: ['HS256'],
    });
    const roles = Array.isArray(payload.roles)
      ? payload.roles.filter((r): r is Role => (ROLES as readonly string[]).includes(r as string))
      : [];
    const kind =
      payload.kind === 'api_key' || payload.kind === 'system' || payload.kind === 'guest' ? payload.kind : 'user';
    if (typeof payload.sub !== 'string' || typeof payload.ws !== 'string') return undefined;
    const groups = Array.isArray(payload.grp) ? payload.grp.filter((g): g is string => typeof g === 'string') : [];
    const workspaceRole = (ROLES as readonly unknown[]).includes(payload.wr) ? (payload.wr as Role) : null;
    return {
      identity: { subject: payload.sub, workspaceId: payload.ws, roles, kind, groups, workspaceRole },
      expiresAt: (payload.exp ?? 0) * 1000,
    };
  } catch {
    return undefined;
  }
}

/** The headers that carry an identity on one request: the reusable signed identity and its binding to this request. */
export function identityHeaders(identityToken: string, secret: string, facts: RequestFacts): Record<string, string> {
  return { [IDENTITY_HEADER]: identityToken, [BINDING_HEADER]: bindRequest(identityToken, secret, facts) };
}

/** Signs an identity and binds it to one request (direct subgraph calls: tests, tools). */
export async function signedRequestHeaders(
  identity: Identity,
  secret: string,
  facts: RequestFacts,
  ttlSeconds = 300,
): Promise<Record<string, string>> {
  return identityHeaders(await signIdentity(identity, secret, ttlSeconds), secret, facts);
}

/**
 * Verifies the identity on one request: a token the gateway signed (checked once, then
 * remembered) and a fresh binding of it to this very request (checked every time, an HMAC).
 */
export function createRequestIdentityVerifier(secret: string) {
  const verifyToken = createIdentityVerifier(secret);
  return async (
    token: string | undefined,
    binding: string | undefined,
    facts: RequestFacts,
  ): Promise<Identity | undefined> => {
    if (!token || !verifyBinding(binding, token, secret, facts)) return undefined;
    return verifyToken(token);
  };
}
