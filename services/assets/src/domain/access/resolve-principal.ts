import type { DataSource } from '@mam/db';
import { isRole, memberRoleOf, roleOnAsset, type Identity, type Role } from '@mam/graphql';
import type { EntityManager } from 'typeorm';
import { workspaceMemberRepository } from '../../repositories/workspace-member.repository';
import { ensureWorkspace } from './ensure-workspace';

/** What the gateway signs into a caller's identity: its role, groups and workspace-wide role. */
export interface Principal {
  role: Role;
  groups: string[];
  workspaceRole: Role | null;
}

/**
 * Turns an authenticated caller (a token's subject, workspace and roles, or an API key) into a
 * member of the workspace. Members are recorded the first time they are seen, with the role
 * their credential carries; as long as no admin has set their role here, the credential's role
 * keeps applying. Null for a member an admin removed: they no longer get in.
 */
export async function resolvePrincipal(
  dataSource: DataSource,
  caller: Pick<Identity, 'subject' | 'workspaceId' | 'roles' | 'kind'>,
): Promise<Principal | null> {
  const credentialRole = memberRoleOf(caller) ?? 'viewer';
  return dataSource.transaction(async (manager) => {
    await ensureWorkspace(manager, caller.workspaceId);
    await workspaceMemberRepository.recordFromCredential(manager, {
      workspaceId: caller.workspaceId,
      subject: caller.subject,
      kind: caller.kind,
      role: credentialRole,
    });
    const identity = await memberIdentity(manager, caller.workspaceId, caller.subject, caller.kind);
    return (
      identity && {
        role: identity.roles[0],
        groups: identity.groups ?? [],
        workspaceRole: identity.workspaceRole ?? null,
      }
    );
  });
}

/** An active member as the identity the gateway would sign for them; null for a removed or unknown one. */
export async function memberIdentity(
  manager: EntityManager,
  workspaceId: string,
  subject: string,
  kind: Identity['kind'] = 'user',
): Promise<Identity | null> {
  const member = await workspaceMemberRepository.roleOf(manager, workspaceId, subject);
  if (!member?.active || !isRole(member.role)) return null;
  const groups = await workspaceMemberRepository.groupsOf(manager, workspaceId, subject);
  const grants = await workspaceMemberRepository.workspaceGrants(manager, workspaceId);
  const identity: Identity = { subject, workspaceId, roles: [member.role], kind, groups, workspaceRole: null };
  return { ...identity, workspaceRole: roleOnAsset(identity, workspaceId, grants) };
}
