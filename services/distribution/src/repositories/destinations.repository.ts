import type { EntityManager } from 'typeorm';

type Db = Pick<EntityManager, 'query'>;

export type DestinationKind = 'folder' | 'sftp' | 's3' | 'webhook';

export interface DestinationRow {
  id: string;
  workspace_id: string;
  name: string;
  kind: DestinationKind;
  /** Everything but the secret: path, host, port, username, bucket, endpoint… */
  settings: Record<string, string | number | boolean>;
  /** The credentials, encrypted; never leaves the service. */
  sealed_secret: string | null;
  /** The ISO 3166-1 alpha-2 territory it delivers into, checked against the asset's licensed territories. */
  territory: string | null;
  /** The channel it is (broadcast, web, social, cinema, internal), checked against the asset's licensed channels. */
  channel: string | null;
  created_at: Date;
}

/** The only place that reads and writes `delivery_destinations`. */
export const destinationsRepository = {
  async insert(db: Db, row: Omit<DestinationRow, 'created_at'>): Promise<DestinationRow | null> {
    const [inserted]: DestinationRow[] = await db.query(
      `INSERT INTO delivery_destinations (id, workspace_id, name, kind, settings, sealed_secret, territory, channel)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
       ON CONFLICT (workspace_id, name) DO NOTHING RETURNING *`,
      [
        row.id,
        row.workspace_id,
        row.name,
        row.kind,
        JSON.stringify(row.settings),
        row.sealed_secret,
        row.territory,
        row.channel,
      ],
    );
    return inserted ?? null;
  },
  list: (db: Db, workspaceId: string): Promise<DestinationRow[]> =>
    db.query('SELECT * FROM delivery_destinations WHERE workspace_id = $1 ORDER BY name', [workspaceId]),
  async findMany(db: Db, workspaceId: string, ids: string[]): Promise<DestinationRow[]> {
    if (!ids.length) return [];
    // In the order named: a delivery's transfers follow its destinations' order.
    return db.query(
      'SELECT * FROM delivery_destinations WHERE workspace_id = $1 AND id::text = ANY($2) ORDER BY array_position($2::text[], id::text)',
      [workspaceId, ids],
    );
  },
  async delete(db: Db, workspaceId: string, id: string): Promise<boolean> {
    const [, affected] = await db.query('DELETE FROM delivery_destinations WHERE workspace_id = $1 AND id::text = $2', [
      workspaceId,
      id,
    ]);
    return affected > 0;
  },
};
