import type { DataSource } from '@mam/db';
import { isRole, memberRoleOf, roleOnAsset, type Identity, type Role } from '@mam/graphql';
import type { EntityManager } from 'typeorm';
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
export async function resolvePrincipal(dataSource: DataSource, caller: Pick<Identity, 'subject' | 'workspaceId' | 'roles' | 'kind'>): Promise<Principal | null> {
  const credentialRole = memberRoleOf(caller) ?? 'viewer';
  return dataSource.transaction(async (manager) => {
    await ensureWorkspace(manager, caller.workspaceId);
    await manager.query(
      `INSERT INTO workspace_members (workspace_id, subject, kind, role, role_source) VALUES ($1, $2, $3, $4, 'credential')
       ON CONFLICT (workspace_id, subject) DO UPDATE SET role = EXCLUDED.role, updated_at = now()
         WHERE workspace_members.role_source = 'credential' AND workspace_members.role <> EXCLUDED.role`,
      [caller.workspaceId, caller.subject, caller.kind, credentialRole],
    );
    const identity = await memberIdentity(manager, caller.workspaceId, caller.subject, caller.kind);
    return identity && { role: identity.roles[0], groups: identity.groups ?? [], workspaceRole: identity.workspaceRole ?? null };
  });
}

/** An active member as the identity the gateway would sign for them; null for a removed or unknown one. */
export async function memberIdentity(manager: EntityManager, workspaceId: string, subject: string, kind: Identity['kind'] = 'user'): Promise<Identity | null> {
  const [member]: { role: string; active: boolean }[] = await manager.query('SELECT role, active FROM workspace_members WHERE workspace_id = $1 AND subject = $2', [workspaceId, subject]);
  if (!member?.active || !isRole(member.role)) return null;
  const groups: { id: string }[] = await manager.query(
    'SELECT g.id FROM access_group_members m JOIN access_groups g ON g.id = m.group_id WHERE g.workspace_id = $1 AND m.subject = $2 ORDER BY g.id',
    [workspaceId, subject],
  );
  const grants: { principal: string; role: Role }[] = await manager.query(`SELECT principal, role FROM access_grants WHERE workspace_id = $1 AND target = 'workspace'`, [workspaceId]);
  const identity: Identity = { subject, workspaceId, roles: [member.role], kind, groups: groups.map((g) => g.id), workspaceRole: null };
  return { ...identity, workspaceRole: roleOnAsset(identity, workspaceId, grants) };
}
