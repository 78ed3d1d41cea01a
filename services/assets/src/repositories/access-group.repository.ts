import type { EntityManager } from 'typeorm';

type Db = Pick<EntityManager, 'query'>;

export interface AccessGroup {
  id: string;
  workspaceId: string;
  name: string;
  createdBy: string;
  createdAt: Date;
}

interface GroupRow {
  id: string;
  workspace_id: string;
  name: string;
  created_by: string;
  created_at: Date;
}

const toGroup = (row: GroupRow): AccessGroup => ({
  id: row.id,
  workspaceId: row.workspace_id,
  name: row.name,
  createdBy: row.created_by,
  createdAt: row.created_at,
});

/** `access_groups` and `access_group_members`: named sets of subjects that grants may name. */
export const accessGroupRepository = {
  async list(db: Db, workspaceId: string): Promise<AccessGroup[]> {
    return (
      await db.query<GroupRow[]>('SELECT * FROM access_groups WHERE workspace_id = $1 ORDER BY lower(name)', [
        workspaceId,
      ])
    ).map(toGroup);
  },
  async exists(db: Db, workspaceId: string, id: string): Promise<boolean> {
    return (
      (await db.query('SELECT 1 FROM access_groups WHERE id = $1 AND workspace_id = $2', [id, workspaceId])).length > 0
    );
  },
  /** The group, row-locked for the rest of the transaction; undefined when the workspace has none of that id. */
  async lock(db: Db, workspaceId: string, id: string): Promise<AccessGroup | undefined> {
    const [row]: GroupRow[] = await db.query(
      'SELECT * FROM access_groups WHERE id = $1 AND workspace_id = $2 FOR UPDATE',
      [id, workspaceId],
    );
    return row && toGroup(row);
  },
  /** A new group; undefined when the workspace has one of that name (any case) already. */
  async insert(
    db: Db,
    group: { id: string; workspaceId: string; name: string; createdBy: string },
  ): Promise<AccessGroup | undefined> {
    const [row]: GroupRow[] = await db.query(
      `INSERT INTO access_groups (id, workspace_id, name, created_by, created_at) VALUES ($1, $2, $3, $4, now())
       ON CONFLICT (workspace_id, lower(name)) DO NOTHING RETURNING *`,
      [group.id, group.workspaceId, group.name, group.createdBy],
    );
    return row && toGroup(row);
  },
  async delete(db: Db, id: string): Promise<void> {
    await db.query('DELETE FROM access_groups WHERE id = $1', [id]);
  },
  async members(db: Db, groupId: string): Promise<string[]> {
    return (
      await db.query<{ subject: string }[]>(
        'SELECT subject FROM access_group_members WHERE group_id = $1 ORDER BY subject',
        [groupId],
      )
    ).map((r) => r.subject);
  },
  async addMembers(db: Db, groupId: string, subjects: string[]): Promise<void> {
    await db.query(
      'INSERT INTO access_group_members (group_id, subject) SELECT $1, unnest($2::text[]) ON CONFLICT DO NOTHING',
      [groupId, subjects],
    );
  },
  async removeMembers(db: Db, groupId: string, subjects: string[]): Promise<void> {
    await db.query('DELETE FROM access_group_members WHERE group_id = $1 AND subject = ANY($2::text[])', [
      groupId,
      subjects,
    ]);
  },
};
