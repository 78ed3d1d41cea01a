import { forbidden, isUuid, requireAdmin, requireIdentity } from '@mam/graphql';
import type { AssetsContext } from '../context';
import { acceptInvite } from '../domain/accounts/accept-invite';
import { changePassword, type ChangePasswordInput } from '../domain/accounts/change-password';
import { endSession } from '../domain/accounts/end-session';
import { inviteMember, listInvites, revokeInvite, type Invite } from '../domain/accounts/invites';
import { redeemSignInLink } from '../domain/accounts/redeem-sign-in-link';
import { sessionAccount } from '../domain/accounts/session-account';
import { sessionIdentity } from '../domain/accounts/session-identity';
import { signIn, type SignInInput } from '../domain/accounts/sign-in';
import { switchSessionWorkspace } from '../domain/accounts/switch-session-workspace';

/** Sign-in and sessions are the gateway's to ask (its system identity), never a caller's. */
function asGateway(context: AssetsContext): void {
  if (requireIdentity(context).kind !== 'system') throw forbidden('Only the gateway may manage sessions');
}

export const accountQueries = {
  invites: (_root: unknown, _args: unknown, context: AssetsContext) =>
    listInvites(context.dataSource, requireAdmin(context)),
  sessionIdentity: (_root: unknown, args: { sessionTokenHash: string }, context: AssetsContext) => {
    asGateway(context);
    return sessionIdentity(context.dataSource, args.sessionTokenHash);
  },
  sessionAccount: (_root: unknown, args: { sessionTokenHash: string }, context: AssetsContext) => {
    asGateway(context);
    return sessionAccount(context.dataSource, args.sessionTokenHash);
  },
};

export const accountMutations = {
  inviteMember: (_root: unknown, args: { input: { email: string; role: string } }, context: AssetsContext) =>
    inviteMember(context.dataSource, requireAdmin(context), args.input, context.publicBaseUrl ?? ''),
  revokeInvite: async (_root: unknown, args: { id: string }, context: AssetsContext) => {
    const admin = requireAdmin(context);
    return isUuid(args.id) && revokeInvite(context.dataSource, admin, args.id);
  },
  signIn: (_root: unknown, args: SignInInput, context: AssetsContext) => {
    asGateway(context);
    return signIn(context.dataSource, args);
  },
  redeemSignInLink: (
    _root: unknown,
    args: { linkTokenHash: string; sessionTokenHash: string },
    context: AssetsContext,
  ) => {
    asGateway(context);
    return redeemSignInLink(context.dataSource, args.linkTokenHash, args.sessionTokenHash);
  },
  acceptInvite: (
    _root: unknown,
    args: { inviteTokenHash: string; password: string; name?: string | null; sessionTokenHash: string },
    context: AssetsContext,
  ) => {
    asGateway(context);
    return acceptInvite(context.dataSource, args);
  },
  endSession: (_root: unknown, args: { sessionTokenHash: string }, context: AssetsContext) => {
    asGateway(context);
    return endSession(context.dataSource, args.sessionTokenHash);
  },
  switchSessionWorkspace: (
    _root: unknown,
    args: { sessionTokenHash: string; workspaceId: string },
    context: AssetsContext,
  ) => {
    asGateway(context);
    return switchSessionWorkspace(context.dataSource, args.sessionTokenHash, args.workspaceId);
  },
  changePassword: (_root: unknown, args: ChangePasswordInput, context: AssetsContext) => {
    asGateway(context);
    return changePassword(context.dataSource, args);
  },
};

export const accountTypes = {
  Invite: {
    createdAt: (invite: Invite) => invite.createdAt.toISOString(),
    expiresAt: (invite: Invite) => invite.expiresAt.toISOString(),
  },
};
