import type { EntityManager } from 'typeorm';

export interface AppPassword {
  id: string;
  workspaceId: string;
  subject: string;
  name: string;
  createdAt: Date;
  revokedAt: Date | null;
}

interface AppPasswordRow {
  id: string;
  workspace_id: string;
  subject: string;
  name: string;
  created_at: Date;
  revoked_at: Date | null;
}

const COLUMNS = 'id, workspace_id, subject, name, created_at, revoked_at';

const toAppPassword = (row: AppPasswordRow): AppPassword => ({
  id: row.id,
  workspaceId: row.workspace_id,
  subject: row.subject,
  name: row.name,
  createdAt: row.created_at,
  revokedAt: row.revoked_at,
});

/** `app_passwords`: people's desktop-client passwords, stored as hashes. */
export const appPasswordRepository = {
  async insert(manager: EntityManager, password: AppPassword, secretHash: string): Promise<void> {
    await manager.query(
      'INSERT INTO app_passwords (id, workspace_id, subject, name, secret_hash, created_at) VALUES ($1, $2, $3, $4, $5, $6)',
      [password.id, password.workspaceId, password.subject, password.name, secretHash, password.createdAt],
    );
  },
  /** Revokes a live password of the person; false when they have none of that id. */
  async revoke(manager: EntityManager, owner: { workspaceId: string; subject: string }, id: string): Promise<boolean> {
    const [, affected]: [unknown, number] = await manager.query(
      'UPDATE app_passwords SET revoked_at = now() WHERE id = $1 AND workspace_id = $2 AND subject = $3 AND revoked_at IS NULL',
      [id, owner.workspaceId, owner.subject],
    );
    return affected > 0;
  },
  async findLiveByHash(manager: EntityManager, secretHash: string): Promise<AppPassword | null> {
    const rows: AppPasswordRow[] = await manager.query(
      `SELECT ${COLUMNS} FROM app_passwords WHERE secret_hash = $1 AND revoked_at IS NULL`,
      [secretHash],
    );
    return rows[0] ? toAppPassword(rows[0]) : null;
  },
  /** The person's passwords, oldest first. */
  async list(manager: EntityManager, owner: { workspaceId: string; subject: string }): Promise<AppPassword[]> {
    const rows: AppPasswordRow[] = await manager.query(
      `SELECT ${COLUMNS} FROM app_passwords WHERE workspace_id = $1 AND subject = $2 ORDER BY created_at, id`,
      [owner.workspaceId, owner.subject],
    );
    return rows.map(toAppPassword);
  },
};
