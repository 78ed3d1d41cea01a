import { createHash } from 'node:crypto';
import { askSubgraph, expiringCache, type Identity } from '@mam/graphql';
import { withMembership } from './principal';

interface SessionAnswer {
  subject: string;
  workspaceId: string;
  role: string;
  groups: string[];
  workspaceRole: string | null;
}

export const hashSessionToken = (token: string) => createHash('sha256').update(token).digest('hex');

const QUERY =
  'query($h: String!) { sessionIdentity(sessionTokenHash: $h) { subject workspaceId role groups workspaceRole } }';

/**
 * Turns a session token (the `mam_session` cookie) into the member it acts as, asking assets,
 * which stores only the token's hash. Answers are kept `ttlMs` (a couple of seconds), so a sign-out
 * elsewhere, a removed member or a password change stops the session within that time; a sign-out
 * through this gateway instance forgets it at once.
 */
export function createSessionVerifier(options: { assetsUrl: string; gatewaySecret: string; ttlMs: number }) {
  const cache = expiringCache<Promise<SessionAnswer | null>>();
  const ask = (tokenHash: string) =>
    askSubgraph<{ sessionIdentity: SessionAnswer | null }>(
      { url: options.assetsUrl, gatewaySecret: options.gatewaySecret },
      QUERY,
      { h: tokenHash },
      'Sessions cannot be checked right now, try again shortly',
    ).then((d) => d.sessionIdentity);
  async function load(tokenHash: string): Promise<SessionAnswer | null> {
    if (options.ttlMs <= 0) return ask(tokenHash);
    const hit = cache.get(tokenHash);
    if (hit) return hit;
    const answer = ask(tokenHash);
    cache.set(tokenHash, answer, Date.now() + options.ttlMs);
    answer.catch(() => cache.delete(tokenHash));
    return answer;
  }
  return {
    async verify(token: string): Promise<Identity | undefined> {
      const found = await load(hashSessionToken(token));
      if (!found) return undefined;
      return withMembership({ subject: found.subject, workspaceId: found.workspaceId, roles: [], kind: 'user' }, found);
    },
    forget(token: string): void {
      cache.delete(hashSessionToken(token));
    },
  };
}

export type SessionVerifier = ReturnType<typeof createSessionVerifier>;
