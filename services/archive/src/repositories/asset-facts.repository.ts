import type { EntityManager } from '@mam/db';

type Db = Pick<EntityManager, 'query'>;

export interface LifeEventRow {
  type: string;
  actor: string;
  detail: string;
  occurred_at: Date;
  version_id: string | null;
}

/** The only place that writes what archive learns of assets from others' events: collections, titles, life events. */
export const assetFacts = {
  async setCollections(db: Db, assetId: string, collectionIds: string[]): Promise<void> {
    await db.query('UPDATE archive_assets SET collection_ids = $2::uuid[] WHERE asset_id::text = $1', [
      assetId,
      collectionIds,
    ]);
  },

  async setTitle(db: Db, assetId: string, title: string): Promise<void> {
    await db.query('UPDATE archive_assets SET title = $2 WHERE asset_id::text = $1', [assetId, title]);
  },

  async recordLifeEvent(
    db: Db,
    event: { assetId: string; versionId: string | null; type: string; actor: string; detail: string; occurredAt: Date },
  ): Promise<void> {
    await db.query(
      'INSERT INTO asset_life_events (asset_id, version_id, type, actor, detail, occurred_at) VALUES ($1, $2, $3, $4, $5, $6)',
      [event.assetId, event.versionId, event.type, event.actor, event.detail, event.occurredAt],
    );
  },

  async lifeEvents(db: Db, assetId: string): Promise<LifeEventRow[]> {
    return db.query(
      'SELECT type, actor, detail, occurred_at, version_id::text FROM asset_life_events WHERE asset_id::text = $1 ORDER BY occurred_at, id',
      [assetId],
    );
  },
};
