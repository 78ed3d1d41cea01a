import { askSubgraph, cachedLoader, isRole, SubgraphRefusal, unavailable, type Identity } from '@mam/graphql';
import type { Verifier } from './authenticate';

const CREDENTIALS_UNAVAILABLE = 'Cannot check credentials right now; try again shortly';

interface PrincipalAnswer {
  role: string;
  groups: string[];
  workspaceRole: string | null;
}

/**
 * Asks assets about a credential. No answer, or a refusal where an answer was due, is UNAVAILABLE:
 * it says nothing about the caller's credentials.
 */
export async function askAboutCredentials<T>(
  options: { assetsUrl: string; gatewaySecret: string },
  query: string,
  variables: Record<string, unknown>,
): Promise<T> {
  try {
    return await askSubgraph<T>(
      { url: options.assetsUrl, gatewaySecret: options.gatewaySecret },
      query,
      variables,
      CREDENTIALS_UNAVAILABLE,
    );
  } catch (error) {
    throw error instanceof SubgraphRefusal
      ? Object.assign(unavailable(CREDENTIALS_UNAVAILABLE), { cause: error })
      : error;
  }
}

/** An authenticated caller as the member it is: its role, groups and workspace-wide role, as assets knows them. */
export function withMembership(identity: Identity, principal: PrincipalAnswer): Identity | undefined {
  if (!isRole(principal.role)) return undefined;
  return {
    ...identity,
    roles: [principal.role],
    groups: principal.groups,
    workspaceRole: isRole(principal.workspaceRole) ? principal.workspaceRole : null,
  };
}

/**
 * Wraps a person's token verifier: the token says who the caller is; the assets subgraph says what
 * they are in the workspace (recording them as a member the first time). Removed members get no
 * identity. Answers are kept for `ttlMs`, so a role or group change applies within that time.
 */
export function createMembershipResolver(options: { assetsUrl: string; gatewaySecret: string; ttlMs: number }) {
  const load = cachedLoader<PrincipalAnswer | null>(options.ttlMs);
  const query =
    'query($subject: String!, $workspaceId: ID!, $roles: [Role!]!, $kind: String!) { principalIdentity(subject: $subject, workspaceId: $workspaceId, roles: $roles, kind: $kind) { role groups workspaceRole } }';
  return (verify: Verifier): Verifier =>
    async (credential) => {
      const identity = await verify(credential);
      if (!identity) return undefined;
      const key = JSON.stringify([identity.workspaceId, identity.subject, identity.roles, identity.kind]);
      const principal = await load(key, async () => {
        const data = await askAboutCredentials<{ principalIdentity: PrincipalAnswer | null }>(options, query, {
          subject: identity.subject,
          workspaceId: identity.workspaceId,
          roles: identity.roles,
          kind: identity.kind,
        });
        return data.principalIdentity;
      });
      return principal ? withMembership(identity, principal) : undefined;
    };
}
