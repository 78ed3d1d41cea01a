import { SignJWT } from 'jose';
import type { Role } from './identity';

/** Issues an HS256 token for a person (development tokens and tests), as an identity provider would. */
export function issueUserToken(
  secret: string,
  claims: { subject: string; workspaceId: string; roles: Role[] },
  ttl = '12h',
): Promise<string> {
  return new SignJWT({ workspace_id: claims.workspaceId, roles: claims.roles })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(claims.subject)
    .setIssuedAt()
    .setExpirationTime(ttl)
    .sign(new TextEncoder().encode(secret));
}
