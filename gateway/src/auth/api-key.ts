import { createHash } from 'node:crypto';
import { IDENTITY_HEADER, ROLES, signIdentity, type Identity, type Role } from '@mam/graphql';
import type { Verifier } from './authenticate';

const GATEWAY_IDENTITY: Identity = { subject: 'gateway', workspaceId: '*', roles: [], kind: 'system' };

/**
 * Verifies a partner app's API key by asking the assets subgraph (which owns keys, stored hashed)
 * for the identity behind the key's SHA-256 hash, as the gateway's own system identity.
 */
export function createApiKeyVerifier(options: { assetsUrl: string; gatewaySecret: string }): Verifier {
  return async (secret: string) => {
    const keyHash = createHash('sha256').update(secret).digest('hex');
    const response = await fetch(options.assetsUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [IDENTITY_HEADER]: await signIdentity(GATEWAY_IDENTITY, options.gatewaySecret, 60) },
      body: JSON.stringify({ query: 'query($keyHash: String!) { apiKeyIdentity(keyHash: $keyHash) { subject workspaceId role } }', variables: { keyHash } }),
    });
    if (!response.ok) throw new Error(`assets answered ${response.status} when resolving an API key`);
    const body = (await response.json()) as { data?: { apiKeyIdentity: { subject: string; workspaceId: string; role: string } | null } };
    const found = body.data?.apiKeyIdentity;
    if (!found || !(ROLES as readonly string[]).includes(found.role)) return undefined;
    return { subject: found.subject, workspaceId: found.workspaceId, roles: [found.role as Role], kind: 'api_key' };
  };
}
