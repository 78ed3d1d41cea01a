import type { DataSource } from '@mam/db';
import { badInput, isRole, type Identity, type Role } from '@mam/graphql';
import { endWorkspaceSessionsOfSubject } from '../../repositories/account.repository';
import { ensureWorkspace } from './ensure-workspace';

export interface WorkspaceMember {
  subject: string;
  kind: string;
  role: Role;
  /** CREDENTIAL while the role follows what the member's token or API key carries; ASSIGNED once an admin set it. */
  roleSource: 'CREDENTIAL' | 'ASSIGNED';
  active: boolean;
  groupIds: string[];
  createdAt: Date;
  /** A local account's email address and name; null for token and API-key members. */
  email: string | null;
  name: string | null;
}

interface MemberRow {
  subject: string;
  kind: string;
  role: Role;
  role_source: string;
  active: boolean;
  group_ids: string[];
  created_at: Date;
  email: string | null;
  name: string | null;
}

const toMember = (row: MemberRow): WorkspaceMember => ({
  subject: row.subject,
  kind: row.kind,
  role: row.role,
  roleSource: row.role_source === 'assigned' ? 'ASSIGNED' : 'CREDENTIAL',
  active: row.active,
  groupIds: row.group_ids ?? [],
  createdAt: row.created_at,
  email: row.email ?? null,
  name: row.name ?? null,
});

const MEMBER_QUERY = `
  SELECT m.subject, m.kind, m.role, m.role_source, m.active, m.created_at,
    coalesce((SELECT array_agg(g.id ORDER BY g.id) FROM access_group_members gm JOIN access_groups g ON g.id = gm.group_id WHERE g.workspace_id = m.workspace_id AND gm.subject = m.subject), '{}') AS group_ids
  , a.email, a.name
  FROM workspace_members m LEFT JOIN accounts a ON m.subject = 'account:' || a.id`;

export async function listMembers(dataSource: DataSource, admin: Identity): Promise<WorkspaceMember[]> {
  const rows: MemberRow[] = await dataSource.query(`${MEMBER_QUERY} WHERE m.workspace_id = $1 ORDER BY m.subject`, [admin.workspaceId]);
  return rows.map(toMember);
}

function subjectInput(value: string): string {
  const subject = value.trim();
  if (!subject || subject.length > 300) throw badInput('subject must be 1 to 300 characters', 'subject');
  return subject;
}

/** Sets a member's role (adding, or bringing back, the member); from then on it no longer follows the member's credential. */
export async function setMemberRole(dataSource: DataSource, admin: Identity, input: { subject: string; role: string }): Promise<WorkspaceMember> {
  const subject = subjectInput(input.subject);
  if (!isRole(input.role)) throw badInput('role must be admin, editor, reviewer or viewer', 'role');
  if (subject === admin.subject && input.role !== 'admin') throw badInput('An admin cannot lower their own role: ask another admin', 'role');
  return dataSource.transaction(async (manager) => {
    await ensureWorkspace(manager, admin.workspaceId);
    await manager.query(
      `INSERT INTO workspace_members (workspace_id, subject, kind, role, role_source) VALUES ($1, $2, 'user', $3, 'assigned')
       ON CONFLICT (workspace_id, subject) DO UPDATE SET role = EXCLUDED.role, role_source = 'assigned', active = true, updated_at = now()`,
      [admin.workspaceId, subject, input.role],
    );
    const [row]: MemberRow[] = await manager.query(`${MEMBER_QUERY} WHERE m.workspace_id = $1 AND m.subject = $2`, [admin.workspaceId, subject]);
    return toMember(row);
  });
}

/** Removes a member: their credentials stop working in this workspace until an admin sets a role for them again; their sessions there end. */
export async function removeMember(dataSource: DataSource, admin: Identity, rawSubject: string): Promise<boolean> {
  const subject = subjectInput(rawSubject);
  if (subject === admin.subject) throw badInput('An admin cannot remove themselves: ask another admin', 'subject');
  const [rows]: [unknown[], number] = await dataSource.query(
    `UPDATE workspace_members SET active = false, updated_at = now() WHERE workspace_id = $1 AND subject = $2 AND active RETURNING subject`,
    [admin.workspaceId, subject],
  );
  if (rows.length > 0) await endWorkspaceSessionsOfSubject(dataSource, admin.workspaceId, subject);
  return rows.length > 0;
}
