import type { EntityManager } from 'typeorm';
import { CollectionAssetEntity } from '../entities/collection-asset.entity';
import { CollectionEntity, type Collection } from '../entities/collection.entity';

type Db = Pick<EntityManager, 'query'>;

/**
 * What changes of collections write, in the caller's transaction: collections (changed only at the
 * revision they were read at) and their memberships. Reads are `collectionRepository`'s.
 */
export const collectionWriteRepository = {
  async insert(db: Db, collection: Collection): Promise<void> {
    await db.query(
      `INSERT INTO collections (id, workspace_id, parent_id, name, description, kind, saved_query, saved_filters, position, created_by, created_at, updated_at, revision)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`,
      [
        collection.id,
        collection.workspaceId,
        collection.parentId,
        collection.name,
        collection.description,
        collection.kind,
        collection.savedQuery,
        collection.savedFilters === null ? null : JSON.stringify(collection.savedFilters),
        collection.position,
        collection.createdBy,
        collection.createdAt,
        collection.updatedAt,
        collection.revision,
      ],
    );
  },
  async updateAtRevision(
    manager: EntityManager,
    id: string,
    revision: number,
    changes: Partial<Pick<Collection, 'name' | 'description' | 'parentId' | 'position' | 'revision' | 'updatedAt'>>,
  ): Promise<void> {
    await manager.update(CollectionEntity, { id, revision }, changes);
  },
  async setPosition(manager: EntityManager, id: string, position: number): Promise<void> {
    await manager.update(CollectionEntity, { id }, { position });
  },
  /** Row-locks the collections in id order (waiting for changes in flight). */
  async lockMany(db: Db, ids: string[]): Promise<void> {
    await db.query('SELECT id FROM collections WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE', [ids]);
  },
  /** Deletes the workspace's collections among `ids` (their memberships go with them). */
  async deleteMany(db: Db, workspaceId: string, ids: string[]): Promise<void> {
    await db.query('DELETE FROM collections WHERE id = ANY($1::uuid[]) AND workspace_id = $2', [ids, workspaceId]);
  },
  /** Which of `assetIds` are in the collection already. */
  async membersAmong(db: Db, collectionId: string, assetIds: string[]): Promise<Set<string>> {
    const rows: { asset_id: string }[] = await db.query(
      'SELECT asset_id FROM collection_assets WHERE collection_id = $1 AND asset_id = ANY($2::uuid[])',
      [collectionId, assetIds],
    );
    return new Set(rows.map((r) => r.asset_id));
  },
  async addMembers(
    db: Db,
    collectionId: string,
    members: { assetIds: string[]; positions: number[]; addedBy: string; at: Date },
  ): Promise<void> {
    await db.query(
      `INSERT INTO collection_assets (collection_id, asset_id, position, added_by, added_at)
       SELECT $1, given.asset_id, given.position, $4, $5 FROM unnest($2::uuid[], $3::bigint[]) AS given(asset_id, position)`,
      [collectionId, members.assetIds, members.positions, members.addedBy, members.at],
    );
  },
  /** Takes assets out of the collection; the ones that were in it. */
  async removeMembers(db: Db, collectionId: string, assetIds: string[]): Promise<Set<string>> {
    // DELETE ... RETURNING answers [rows, count] through TypeORM.
    const [removed]: [{ asset_id: string }[], number] = await db.query(
      'DELETE FROM collection_assets WHERE collection_id = $1 AND asset_id = ANY($2::uuid[]) RETURNING asset_id',
      [collectionId, assetIds],
    );
    return new Set(removed.map((r) => r.asset_id));
  },
  async setMemberPosition(
    manager: EntityManager,
    collectionId: string,
    assetId: string,
    position: number,
  ): Promise<void> {
    await manager.update(CollectionAssetEntity, { collectionId, assetId }, { position });
  },
  /** Each asset's workspace and the manual collections it is in (ids in order), in asset id order. */
  async membershipsOf(
    db: Db,
    assetIds: string[],
  ): Promise<{ id: string; workspace_id: string; collection_ids: string[] }[]> {
    return db.query(
      `SELECT a.id, a.workspace_id, coalesce(array_agg(ca.collection_id ORDER BY ca.collection_id) FILTER (WHERE ca.collection_id IS NOT NULL), '{}') AS collection_ids
       FROM assets a LEFT JOIN collection_assets ca ON ca.asset_id = a.id WHERE a.id = ANY($1::uuid[]) GROUP BY a.id ORDER BY a.id`,
      [[...new Set(assetIds)]],
    );
  },
};
