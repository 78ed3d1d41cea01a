import { forbidden, requireAdmin, requireIdentity, type Role } from '@mam/graphql';
import type { AssetsContext } from '../context';
import { roleOnAssetOf } from '../domain/access/asset-access';
import { accessEntriesOf } from '../repositories/asset-acl.repository';
import {
  addGroupMembers,
  createGroup,
  deleteGroup,
  groupMembers,
  listGroups,
  removeGroupMembers,
} from '../domain/access/access-groups';
import type { AccessGroup } from '../repositories/access-group.repository';
import type { AccessGrant } from '../repositories/access-grant.repository';
import {
  grantAccess,
  grantsOn,
  revokeAccess,
  type AccessTargetInput,
  type GrantAccessInput,
} from '../domain/access/access-grants';
import { resolvePrincipal } from '../domain/access/resolve-principal';
import { listMembers, removeMember, setMemberRole } from '../domain/access/workspace-members';
import type { WorkspaceMember } from '../repositories/workspace-member.repository';
import type { Asset } from '../entities/asset.entity';

/** For the gateway only (its system identity): the member behind an authenticated caller. */
async function principalIdentity(
  _root: unknown,
  args: { subject: string; workspaceId: string; roles: Role[]; kind: string },
  context: AssetsContext,
) {
  if (requireIdentity(context).kind !== 'system') throw forbidden('Only the gateway may resolve principals');
  const kind = args.kind === 'api_key' ? 'api_key' : 'user';
  return resolvePrincipal(context.dataSource, {
    subject: args.subject,
    workspaceId: args.workspaceId,
    roles: args.roles,
    kind,
  });
}

export const accessQueries = {
  principalIdentity,
  workspaceMembers: (_root: unknown, _args: unknown, context: AssetsContext) =>
    listMembers(context.dataSource, requireAdmin(context)),
  accessGroups: (_root: unknown, _args: unknown, context: AssetsContext) =>
    listGroups(context.dataSource, requireIdentity(context)),
  accessGrants: (_root: unknown, args: { target: AccessTargetInput }, context: AssetsContext) =>
    grantsOn(context.dataSource, requireAdmin(context), args.target),
};

export const accessMutations = {
  setMemberRole: (_root: unknown, args: { subject: string; role: string }, context: AssetsContext) =>
    setMemberRole(context.dataSource, requireAdmin(context), args),
  removeMember: (_root: unknown, args: { subject: string }, context: AssetsContext) =>
    removeMember(context.dataSource, requireAdmin(context), args.subject),
  createAccessGroup: (_root: unknown, args: { name: string }, context: AssetsContext) =>
    createGroup(context.dataSource, requireAdmin(context), args),
  deleteAccessGroup: (_root: unknown, args: { id: string }, context: AssetsContext) =>
    deleteGroup(context.dataSource, requireAdmin(context), args.id),
  addAccessGroupMembers: (_root: unknown, args: { groupId: string; subjects: string[] }, context: AssetsContext) =>
    addGroupMembers(context.dataSource, requireAdmin(context), args),
  removeAccessGroupMembers: (_root: unknown, args: { groupId: string; subjects: string[] }, context: AssetsContext) =>
    removeGroupMembers(context.dataSource, requireAdmin(context), args),
  grantAccess: (_root: unknown, args: { input: GrantAccessInput }, context: AssetsContext) =>
    grantAccess(context.dataSource, requireAdmin(context), args.input),
  revokeAccess: (_root: unknown, args: { id: string }, context: AssetsContext) =>
    revokeAccess(context.dataSource, requireAdmin(context), args.id),
};

const groupsPerRequest = new WeakMap<AssetsContext, Promise<AccessGroup[]>>();

/** The workspace's groups, read once per request however many members ask. */
function groupsOf(context: AssetsContext): Promise<AccessGroup[]> {
  let groups = groupsPerRequest.get(context);
  if (!groups) {
    groups = listGroups(context.dataSource, requireIdentity(context));
    groupsPerRequest.set(context, groups);
  }
  return groups;
}

export const accessTypes = {
  WorkspaceMember: {
    createdAt: (member: WorkspaceMember) => member.createdAt.toISOString(),
    async groups(member: WorkspaceMember, _args: unknown, context: AssetsContext) {
      return (await groupsOf(context)).filter((g) => member.groupIds.includes(g.id));
    },
  },
  AccessGroup: {
    createdAt: (group: AccessGroup) => group.createdAt.toISOString(),
    members: (group: AccessGroup, _args: unknown, context: AssetsContext) => groupMembers(context.dataSource, group.id),
  },
  AccessGrant: {
    grantedAt: (grant: AccessGrant) => grant.grantedAt.toISOString(),
  },
};

export const assetAccessFields = {
  async myRole(asset: Asset, _args: unknown, context: AssetsContext) {
    return roleOnAssetOf(context.dataSource.manager, requireIdentity(context), asset);
  },
  async accessEntries(asset: Asset, _args: unknown, context: AssetsContext) {
    requireAdmin(context);
    return (await accessEntriesOf(context.dataSource.manager, [asset.id])).get(asset.id) ?? [];
  },
};
