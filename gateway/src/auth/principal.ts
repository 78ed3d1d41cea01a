import { cachedLoader, IDENTITY_HEADER, isRole, signIdentity, type Identity, type Role } from '@mam/graphql';
import type { Verifier } from './authenticate';

const GATEWAY_IDENTITY: Identity = { subject: 'gateway', workspaceId: '*', roles: [], kind: 'system' };

interface PrincipalAnswer {
  role: string;
  groups: string[];
  workspaceRole: string | null;
}

/** Asks the assets subgraph a question as the gateway's own system identity. */
export async function askAssets<T>(options: { assetsUrl: string; gatewaySecret: string }, query: string, variables: Record<string, unknown>): Promise<T> {
  const response = await fetch(options.assetsUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [IDENTITY_HEADER]: await signIdentity(GATEWAY_IDENTITY, options.gatewaySecret, 60) },
    body: JSON.stringify({ query, variables }),
  });
  if (!response.ok) throw new Error(`assets answered ${response.status} to the gateway`);
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (!body.data) throw new Error(`assets refused the gateway: ${body.errors?.[0]?.message ?? 'no data'}`);
  return body.data;
}

/** An authenticated caller as the member it is: its role, groups and workspace-wide role, as assets knows them. */
export function withMembership(identity: Identity, principal: PrincipalAnswer): Identity | undefined {
  if (!isRole(principal.role)) return undefined;
  return { ...identity, roles: [principal.role], groups: principal.groups, workspaceRole: isRole(principal.workspaceRole) ? principal.workspaceRole : null };
}

/**
 * Wraps a person's token verifier: the token says who the caller is; the assets subgraph says what
 * they are in the workspace (recording them as a member the first time). Removed members get no
 * identity. Answers are kept for `ttlMs`, so a role or group change applies within that time.
 */
export function createMembershipResolver(options: { assetsUrl: string; gatewaySecret: string; ttlMs: number }) {
  const load = cachedLoader<PrincipalAnswer | null>(options.ttlMs);
  const query = 'query($subject: String!, $workspaceId: ID!, $roles: [Role!]!, $kind: String!) { principalIdentity(subject: $subject, workspaceId: $workspaceId, roles: $roles, kind: $kind) { role groups workspaceRole } }';
  return (verify: Verifier): Verifier =>
    async (credential) => {
      const identity = await verify(credential);
      if (!identity) return undefined;
      const key = JSON.stringify([identity.workspaceId, identity.subject, identity.roles, identity.kind]);
      const principal = await load(key, async () => {
        const data = await askAssets<{ principalIdentity: PrincipalAnswer | null }>(options, query, { subject: identity.subject, workspaceId: identity.workspaceId, roles: identity.roles as Role[], kind: identity.kind });
        return data.principalIdentity;
      });
      return principal ? withMembership(identity, principal) : undefined;
    };
}
