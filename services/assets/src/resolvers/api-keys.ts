import { forbidden, isUuid, requireAdmin, requireIdentity } from '@mam/graphql';
import type { ApiKey } from '../entities/api-key.entity';
import type { AssetsContext } from '../context';
import {
  createApiKey as createKey,
  identityForApiKeyHash,
  listApiKeys,
  revokeApiKey as revokeKey,
} from '../domain/access/api-keys';
import { resolvePrincipal } from '../domain/access/resolve-principal';

export const ApiKeyResolvers = {
  createdAt: (key: ApiKey) => key.createdAt.toISOString(),
  revokedAt: (key: ApiKey) => key.revokedAt?.toISOString() ?? null,
};

export function apiKeys(_root: unknown, _args: unknown, context: AssetsContext) {
  const admin = requireAdmin(context);
  return listApiKeys(context.dataSource, admin);
}

export function createApiKey(_root: unknown, args: { input: { name: string; role: string } }, context: AssetsContext) {
  return createKey(context.dataSource, requireAdmin(context), args.input);
}

export async function revokeApiKey(_root: unknown, args: { id: string }, context: AssetsContext) {
  const admin = requireAdmin(context);
  return isUuid(args.id) && revokeKey(context.dataSource, admin, args.id);
}

/** For the gateway only (its system identity); not part of the public API. */
export async function apiKeyIdentity(_root: unknown, args: { keyHash: string }, context: AssetsContext) {
  if (requireIdentity(context).kind !== 'system') throw forbidden('Only the gateway may resolve API keys');
  const identity = await identityForApiKeyHash(context.dataSource, args.keyHash);
  const principal = identity && (await resolvePrincipal(context.dataSource, identity));
  return (
    principal && {
      subject: identity.subject,
      workspaceId: identity.workspaceId,
      role: principal.role,
      groups: principal.groups,
      workspaceRole: principal.workspaceRole,
    }
  );
}
