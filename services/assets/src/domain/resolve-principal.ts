import type { DataSource } from '@mam/db';
import { higherRole, isRole, memberRoleOf, roleOnAsset, type Identity, type Role } from '@mam/graphql';
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
  const credentialRole = memberRoleOf(caller as Identity) ?? 'viewer';
  return dataSource.transaction(async (manager) => {
    await ensureWorkspace(manager, caller.workspaceId);
    const [member]: { role: string; active: boolean }[] = await manager.query(
      `INSERT INTO workspace_members (workspace_id, subject, kind, role, role_source) VALUES ($1, $2, $3, $4, 'credential')
       ON CONFLICT (workspace_id, subject) DO UPDATE SET role = EXCLUDED.role, updated_at = now()
         WHERE workspace_members.role_source = 'credential' AND workspace_members.role <> EXCLUDED.role
       RETURNING role, active`,
      [caller.workspaceId, caller.subject, caller.kind, credentialRole],
    );
    const current: { role: string; active: boolean } =
      member ?? (await manager.query('SELECT role, active FROM workspace_members WHERE workspace_id = $1 AND subject = $2', [caller.workspaceId, caller.subject]))[0];
    if (!current.active || !isRole(current.role)) return null;
    const groups: { id: string }[] = await manager.query(
      'SELECT g.id FROM access_group_members m JOIN access_groups g ON g.id = m.group_id WHERE g.workspace_id = $1 AND m.subject = $2 ORDER BY g.id',
      [caller.workspaceId, caller.subject],
    );
    const grants: { principal: string; role: Role }[] = await manager.query(`SELECT principal, role FROM access_grants WHERE workspace_id = $1 AND target = 'workspace'`, [caller.workspaceId]);
    const principal: Identity = { subject: caller.subject, workspaceId: caller.workspaceId, roles: [current.role], kind: caller.kind, groups: groups.map((g) => g.id), workspaceRole: null };
    const workspaceRole = roleOnAsset(principal, caller.workspaceId, grants);
    return { role: current.role, groups: principal.groups!, workspaceRole: higherRole(workspaceRole, null) };
  });
}
