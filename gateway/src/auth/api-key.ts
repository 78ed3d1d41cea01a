import { createHash } from 'node:crypto';
import { cachedLoader, type Identity } from '@mam/graphql';
import type { Verifier } from './authenticate';
import { askAboutCredentials, withMembership } from './principal';

interface KeyAnswer {
  subject: string;
  workspaceId: string;
  role: string;
  groups: string[];
  workspaceRole: string | null;
}

/**
 * Verifies a partner app's API key by asking the assets subgraph (which owns keys, stored hashed)
 * for the member behind the key's SHA-256 hash. With `ttlMs`, answers are kept that long (a revoked
 * key then works on for up to that time); without, every request asks.
 */
export function createApiKeyVerifier(options: { assetsUrl: string; gatewaySecret: string; ttlMs?: number }): Verifier {
  const load = cachedLoader<KeyAnswer | null>(options.ttlMs ?? 0);
  const query =
    'query($keyHash: String!) { apiKeyIdentity(keyHash: $keyHash) { subject workspaceId role groups workspaceRole } }';
  return async (secret: string) => {
    const keyHash = createHash('sha256').update(secret).digest('hex');
    const found = await load(
      keyHash,
      async () =>
        (await askAboutCredentials<{ apiKeyIdentity: KeyAnswer | null }>(options, query, { keyHash })).apiKeyIdentity,
    );
    if (!found) return undefined;
    const identity: Identity = { subject: found.subject, workspaceId: found.workspaceId, roles: [], kind: 'api_key' };
    return withMembership(identity, found);
  };
}
