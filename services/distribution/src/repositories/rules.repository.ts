import type { EntityManager } from 'typeorm';

type Db = Pick<EntityManager, 'query'>;

/** A version approved; an asset added to a collection; an asset's metadata field taking a value. */
export type RuleTrigger = 'version.approved' | 'collection.added' | 'metadata.set';

/** What the trigger watches: the collection (collection.added), or the field and the value (metadata.set). */
export type RuleCondition = { collectionId: string } | { field: string; value: unknown } | null;

export interface RuleRow {
  id: string;
  workspace_id: string;
  name: string;
  trigger: RuleTrigger;
  profile_ids: string[];
  destination_ids: string[];
  enabled: boolean;
  condition: RuleCondition;
  created_at: Date;
}

/** The only place that reads and writes `delivery_rules`. */
export const rulesRepository = {
  async insert(db: Db, row: Omit<RuleRow, 'created_at'>): Promise<RuleRow | null> {
    const [inserted]: RuleRow[] = await db.query(
      `INSERT INTO delivery_rules (id, workspace_id, name, trigger, profile_ids, destination_ids, enabled, condition)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
       ON CONFLICT (workspace_id, name) DO NOTHING RETURNING *`,
      [
        row.id,
        row.workspace_id,
        row.name,
        row.trigger,
        row.profile_ids,
        row.destination_ids,
        row.enabled,
        row.condition === null ? null : JSON.stringify(row.condition),
      ],
    );
    return inserted ?? null;
  },
  list: (db: Db, workspaceId: string): Promise<RuleRow[]> =>
    db.query('SELECT * FROM delivery_rules WHERE workspace_id = $1 ORDER BY name', [workspaceId]),
  enabledFor: (db: Db, workspaceId: string, trigger: RuleTrigger): Promise<RuleRow[]> =>
    db.query('SELECT * FROM delivery_rules WHERE workspace_id = $1 AND trigger = $2 AND enabled ORDER BY created_at', [
      workspaceId,
      trigger,
    ]),
  async setEnabled(db: Db, workspaceId: string, id: string, enabled: boolean): Promise<RuleRow | null> {
    const [[row]]: [RuleRow[]] = await db.query(
      'UPDATE delivery_rules SET enabled = $3 WHERE workspace_id = $1 AND id::text = $2 RETURNING *',
      [workspaceId, id, enabled],
    );
    return row ?? null;
  },
  async delete(db: Db, workspaceId: string, id: string): Promise<boolean> {
    const [, affected] = await db.query('DELETE FROM delivery_rules WHERE workspace_id = $1 AND id::text = $2', [
      workspaceId,
      id,
    ]);
    return affected > 0;
  },
  /** Whether a profile or destination is still named by a rule (it may not be removed then). */
  async usedBy(db: Db, workspaceId: string, id: string): Promise<string[]> {
    const rows: { name: string }[] = await db.query(
      'SELECT name FROM delivery_rules WHERE workspace_id = $1 AND ($2 = ANY(profile_ids) OR $2 = ANY(destination_ids::text[]))',
      [workspaceId, id],
    );
    return rows.map((row) => row.name);
  },
};
