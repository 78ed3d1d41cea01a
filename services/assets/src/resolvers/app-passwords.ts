import { forbidden, isUuid, requireIdentity } from '@mam/graphql';
import type { AssetsContext } from '../context';
import {
  createAppPassword as createPassword,
  driveUserName,
  identityForAppPasswordHash,
  listAppPasswords,
  revokeAppPassword as revokePassword,
} from '../domain/access/app-passwords';
import { driveMountOf } from '../domain/drive/drive-mount';
import type { AppPassword } from '../repositories/app-password.repository';

export const AppPasswordResolvers = {
  createdAt: (password: AppPassword) => password.createdAt.toISOString(),
  revokedAt: (password: AppPassword) => password.revokedAt?.toISOString() ?? null,
};

export function myAppPasswords(_root: unknown, _args: unknown, context: AssetsContext) {
  return listAppPasswords(context.dataSource, requireIdentity(context));
}

export async function createAppPassword(_root: unknown, args: { name: string }, context: AssetsContext) {
  const identity = requireIdentity(context);
  const created = await createPassword(context.dataSource, identity, args);
  return {
    ...created,
    username: await driveUserName(context.dataSource, identity.subject),
    mountUrl: driveMountOf(context.publicBaseUrl).url,
  };
}

export async function revokeAppPassword(_root: unknown, args: { id: string }, context: AssetsContext) {
  const identity = requireIdentity(context);
  return isUuid(args.id) && revokePassword(context.dataSource, identity, args.id);
}

/** For the gateway only (its system identity); not part of the public API. */
export async function appPasswordIdentity(_root: unknown, args: { passwordHash: string }, context: AssetsContext) {
  if (requireIdentity(context).kind !== 'system') throw forbidden('Only the gateway may resolve app passwords');
  const identity = await identityForAppPasswordHash(context.dataSource, args.passwordHash);
  return (
    identity && {
      subject: identity.subject,
      workspaceId: identity.workspaceId,
      role: identity.roles[0],
      groups: identity.groups ?? [],
      workspaceRole: identity.workspaceRole ?? null,
    }
  );
}
