import { cachedLoader, identityHeaders, isRole, signIdentity, unavailable, type Identity } from '@mam/graphql';
import type { Verifier } from './authenticate';

const GATEWAY_IDENTITY: Identity = { subject: 'gateway', workspaceId: '*', roles: [], kind: 'system' };

interface PrincipalAnswer {
  role: string;
  groups: string[];
  workspaceRole: string | null;
}

/**
 * Asks the assets subgraph a question as the gateway's own system identity (bound to this one
 * request). No answer (assets or its database down, an error in place of the answer) is
 * UNAVAILABLE: it says nothing about the caller's credentials.
 */
export async function askAssets<T>(options: { assetsUrl: string; gatewaySecret: string; timeoutMs?: number }, query: string, variables: Record<string, unknown>): Promise<T> {
  const body = JSON.stringify({ query, variables });
  const target = new URL(options.assetsUrl);
  const token = await signIdentity(GATEWAY_IDENTITY, options.gatewaySecret, 60);
  let answer: { data?: T; errors?: { message: string }[] };
  try {
    const response = await fetch(target, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...identityHeaders(token, options.gatewaySecret, { method: 'POST', path: `${target.pathname}${target.search}`, body }) },
      body,
      signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
    });
    if (!response.ok) throw new Error(`assets answered ${response.status} to the gateway`);
    answer = (await response.json()) as typeof answer;
  } catch (error) {
    throw Object.assign(unavailable('Cannot check credentials right now; try again shortly'), { cause: error });
  }
  if (!answer.data || answer.errors?.length) throw Object.assign(unavailable('Cannot check credentials right now; try again shortly'), { cause: new Error(answer.errors?.[0]?.message ?? 'no data') });
  return answer.data;
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
        const data = await askAssets<{ principalIdentity: PrincipalAnswer | null }>(options, query, { subject: identity.subject, workspaceId: identity.workspaceId, roles: identity.roles, kind: identity.kind });
        return data.principalIdentity;
      });
      return principal ? withMembership(identity, principal) : undefined;
    };
}
