import type { EntityManager } from '@mam/db';

type Db = Pick<EntityManager, 'query'>;

export interface HoldRow {
  id: string;
  reason: string;
  placed_by: string;
  placed_at: Date;
}

/** The only place that reads and writes legal holds. */
export const holdsRepository = {
  /** The active hold on an asset, locked for the caller's transaction. */
  async active(db: Db, assetId: string): Promise<HoldRow | null> {
    const [row]: HoldRow[] = await db.query(
      'SELECT id::text, reason, placed_by, placed_at FROM legal_holds WHERE asset_id::text = $1 AND released_at IS NULL FOR UPDATE',
      [assetId],
    );
    return row ?? null;
  },

  async place(db: Db, hold: { id: string; assetId: string; reason: string; placedBy: string }): Promise<HoldRow> {
    const [row]: HoldRow[] = await db.query(
      'INSERT INTO legal_holds (id, asset_id, reason, placed_by) VALUES ($1, $2, $3, $4) RETURNING id::text, reason, placed_by, placed_at',
      [hold.id, hold.assetId, hold.reason, hold.placedBy],
    );
    return row;
  },

  async release(db: Db, holdId: string, releasedBy: string): Promise<void> {
    await db.query(
      'UPDATE legal_holds SET released_by = $2, released_at = now() WHERE id::text = $1 AND released_at IS NULL',
      [holdId, releasedBy],
    );
  },
};
