import type { EntityManager } from 'typeorm';
import type { DeliveryProfileSpec } from '@mam/media';

type Db = Pick<EntityManager, 'query'>;

export interface ProfileRow {
  id: string;
  workspace_id: string;
  name: string;
  spec: DeliveryProfileSpec;
  created_at: Date;
}

/** The only place that reads and writes `delivery_profiles`. */
export const profilesRepository = {
  async insert(db: Db, row: Pick<ProfileRow, 'id' | 'workspace_id' | 'name' | 'spec'>): Promise<ProfileRow | null> {
    const [inserted]: ProfileRow[] = await db.query(
      'INSERT INTO delivery_profiles (id, workspace_id, name, spec) VALUES ($1, $2, $3, $4) ON CONFLICT (workspace_id, name) DO NOTHING RETURNING *',
      [row.id, row.workspace_id, row.name, JSON.stringify(row.spec)],
    );
    return inserted ?? null;
  },
  /** The profile as changed; null when the workspace has no such profile, 'name-taken' when another has the name. */
  async update(
    db: Db,
    workspaceId: string,
    id: string,
    fields: Pick<ProfileRow, 'name' | 'spec'>,
  ): Promise<ProfileRow | 'name-taken' | null> {
    const [taken]: unknown[] = await db.query(
      'SELECT 1 FROM delivery_profiles WHERE workspace_id = $1 AND name = $2 AND id::text <> $3',
      [workspaceId, fields.name, id],
    );
    if (taken) return 'name-taken';
    const [[row]]: [ProfileRow[]] = await db.query(
      'UPDATE delivery_profiles SET name = $3, spec = $4 WHERE workspace_id = $1 AND id::text = $2 RETURNING *',
      [workspaceId, id, fields.name, JSON.stringify(fields.spec)],
    );
    return row ?? null;
  },
  list: (db: Db, workspaceId: string): Promise<ProfileRow[]> =>
    db.query('SELECT * FROM delivery_profiles WHERE workspace_id = $1 ORDER BY name', [workspaceId]),
  async findMany(db: Db, workspaceId: string, ids: string[]): Promise<ProfileRow[]> {
    if (!ids.length) return [];
    return db.query('SELECT * FROM delivery_profiles WHERE workspace_id = $1 AND id::text = ANY($2)', [
      workspaceId,
      ids,
    ]);
  },
  async delete(db: Db, workspaceId: string, id: string): Promise<boolean> {
    const [, affected] = await db.query('DELETE FROM delivery_profiles WHERE workspace_id = $1 AND id::text = $2', [
      workspaceId,
      id,
    ]);
    return affected > 0;
  },
};
