import type { EntityManager } from '@mam/db';

type Db = Pick<EntityManager, 'query'>;

export interface LifeEventRow {
  type: string;
  actor: string;
  detail: string;
  occurred_at: Date;
  version_id: string | null;
}

export interface DescriptiveRow {
  description: string;
  tags: string[];
  metadata: Record<string, unknown>;
}

export interface CommentRow {
  comment_id: string;
  version_id: string | null;
  author: string;
  body: string;
  frame_in: string | null;
  frame_out: string | null;
  timecode: string;
  frame_rate: string;
  internal: boolean;
  posted_at: Date;
}

export interface DeliveryRow {
  delivery_id: string;
  version_id: string | null;
  rule_id: string;
  destination_ids: string[];
  outputs: { profileId: string; status: string; integratedLoudness: number }[];
  completed_at: Date;
}

/**
 * The only place that writes what archive learns of assets from others' events: collections,
 * titles, description, tags and metadata values, comments, deliveries, life events.
 */
export const assetFacts = {
  async setCollections(db: Db, assetId: string, collectionIds: string[]): Promise<void> {
    await db.query('UPDATE archive_assets SET collection_ids = $2::uuid[] WHERE asset_id::text = $1', [
      assetId,
      collectionIds,
    ]);
  },

  async setDescriptive(db: Db, assetId: string, facts: { title: string } & DescriptiveRow): Promise<void> {
    await db.query(
      'UPDATE archive_assets SET title = $2, description = $3, tags = $4::text[], metadata = $5::jsonb WHERE asset_id::text = $1',
      [assetId, facts.title, facts.description, facts.tags, JSON.stringify(facts.metadata)],
    );
  },

  async descriptive(db: Db, assetId: string): Promise<DescriptiveRow | null> {
    const [row]: DescriptiveRow[] = await db.query(
      'SELECT description, tags, metadata FROM archive_assets WHERE asset_id::text = $1',
      [assetId],
    );
    return row ?? null;
  },

  async recordComment(
    db: Db,
    comment: Omit<CommentRow, 'frame_in' | 'frame_out'> & { asset_id: string; frame_in: bigint; frame_out: bigint },
  ): Promise<void> {
    await db.query(
      `INSERT INTO asset_comments (comment_id, asset_id, version_id, author, body, frame_in, frame_out, timecode, frame_rate, internal, posted_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) ON CONFLICT (comment_id) DO NOTHING`,
      [
        comment.comment_id,
        comment.asset_id,
        comment.version_id,
        comment.author,
        comment.body,
        comment.frame_in < 0n ? null : comment.frame_in.toString(),
        comment.frame_out < 0n ? null : comment.frame_out.toString(),
        comment.timecode,
        comment.frame_rate,
        comment.internal,
        comment.posted_at,
      ],
    );
  },

  async removeComment(db: Db, commentId: string, at: Date): Promise<void> {
    await db.query('UPDATE asset_comments SET removed_at = $2 WHERE comment_id::text = $1 AND removed_at IS NULL', [
      commentId,
      at,
    ]);
  },

  /** The asset's comments that are still there, oldest first. */
  async comments(db: Db, assetId: string): Promise<CommentRow[]> {
    return db.query(
      `SELECT comment_id::text, version_id::text, author, body, frame_in::text, frame_out::text, timecode, frame_rate, internal, posted_at
       FROM asset_comments WHERE asset_id::text = $1 AND removed_at IS NULL ORDER BY posted_at, comment_id`,
      [assetId],
    );
  },

  async recordDelivery(db: Db, delivery: DeliveryRow & { asset_id: string }): Promise<void> {
    await db.query(
      `INSERT INTO asset_deliveries (delivery_id, asset_id, version_id, rule_id, destination_ids, outputs, completed_at)
       VALUES ($1, $2, $3, $4, $5::text[], $6::jsonb, $7) ON CONFLICT (delivery_id) DO NOTHING`,
      [
        delivery.delivery_id,
        delivery.asset_id,
        delivery.version_id,
        delivery.rule_id,
        delivery.destination_ids,
        JSON.stringify(delivery.outputs),
        delivery.completed_at,
      ],
    );
  },

  async deliveries(db: Db, assetId: string): Promise<DeliveryRow[]> {
    return db.query(
      `SELECT delivery_id::text, version_id::text, rule_id, destination_ids, outputs, completed_at
       FROM asset_deliveries WHERE asset_id::text = $1 ORDER BY completed_at, delivery_id`,
      [assetId],
    );
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
