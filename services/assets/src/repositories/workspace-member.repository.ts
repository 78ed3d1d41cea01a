import type { Identity, Role } from '@mam/graphql';
import type { EntityManager } from 'typeorm';

type Db = Pick<EntityManager, 'query'>;

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

/** `workspace_members`: who belongs to a workspace, with which role, and whether an admin set it. */
export const workspaceMemberRepository = {
  async list(db: Db, workspaceId: string): Promise<WorkspaceMember[]> {
    return (
      await db.query<MemberRow[]>(`${MEMBER_QUERY} WHERE m.workspace_id = $1 ORDER BY m.subject`, [workspaceId])
    ).map(toMember);
  },
  async find(db: Db, workspaceId: string, subject: string): Promise<WorkspaceMember | undefined> {
    const [row]: MemberRow[] = await db.query(`${MEMBER_QUERY} WHERE m.workspace_id = $1 AND m.subject = $2`, [
      workspaceId,
      subject,
    ]);
    return row && toMember(row);
  },
  /** A member as its credential has it: recorded the first time; its role follows the credential until an admin sets one. */
  async recordFromCredential(
    db: Db,
    member: { workspaceId: string; subject: string; kind: Identity['kind']; role: Role },
  ): Promise<void> {
    await db.query(
      `INSERT INTO workspace_members (workspace_id, subject, kind, role, role_source) VALUES ($1, $2, $3, $4, 'credential')
       ON CONFLICT (workspace_id, subject) DO UPDATE SET role = EXCLUDED.role, updated_at = now()
         WHERE workspace_members.role_source = 'credential' AND workspace_members.role <> EXCLUDED.role`,
      [member.workspaceId, member.subject, member.kind, member.role],
    );
  },
  /** An admin sets the role (adding or bringing back the member). */
  async assignRole(db: Db, workspaceId: string, subject: string, role: Role): Promise<void> {
    await db.query(
      `INSERT INTO workspace_members (workspace_id, subject, kind, role, role_source) VALUES ($1, $2, 'user', $3, 'assigned')
       ON CONFLICT (workspace_id, subject) DO UPDATE SET role = EXCLUDED.role, role_source = 'assigned', active = true, updated_at = now()`,
      [workspaceId, subject, role],
    );
  },
  /** Marks an active member removed; false when there was none. */
  async deactivate(db: Db, workspaceId: string, subject: string): Promise<boolean> {
    const [rows]: [unknown[], number] = await db.query(
      `UPDATE workspace_members SET active = false, updated_at = now() WHERE workspace_id = $1 AND subject = $2 AND active RETURNING subject`,
      [workspaceId, subject],
    );
    return rows.length > 0;
  },
  async roleOf(db: Db, workspaceId: string, subject: string): Promise<{ role: string; active: boolean } | undefined> {
    const [member]: { role: string; active: boolean }[] = await db.query(
      'SELECT role, active FROM workspace_members WHERE workspace_id = $1 AND subject = $2',
      [workspaceId, subject],
    );
    return member;
  },
  /** The ids of the workspace's groups the subject is in. */
  async groupsOf(db: Db, workspaceId: string, subject: string): Promise<string[]> {
    const groups: { id: string }[] = await db.query(
      'SELECT g.id FROM access_group_members m JOIN access_groups g ON g.id = m.group_id WHERE g.workspace_id = $1 AND m.subject = $2 ORDER BY g.id',
      [workspaceId, subject],
    );
    return groups.map((g) => g.id);
  },
  /** The workspace-wide grants (who, which role). */
  async workspaceGrants(db: Db, workspaceId: string): Promise<{ principal: string; role: Role }[]> {
    return db.query(`SELECT principal, role FROM access_grants WHERE workspace_id = $1 AND target = 'workspace'`, [
      workspaceId,
    ]);
  },
};
