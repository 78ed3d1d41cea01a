import { In, type EntityManager } from 'typeorm';
import type { Asset } from '../entities/asset.entity';
import { AssetEntity } from '../entities/asset.entity';
import type { Collection, CollectionKind, SavedFilters } from '../entities/collection.entity';
import type { Identity } from '@mam/graphql';
import { isUuid } from '@mam/graphql';
import { visibleAssetCondition } from './asset-acl.repository';

/** Deepest nesting a collection tree may reach; recursive queries stop there whatever the data says. */
export const COLLECTION_DEPTH_MAX = 32;

interface CollectionRow {
  id: string;
  workspace_id: string;
  parent_id: string | null;
  name: string;
  description: string | null;
  kind: CollectionKind;
  saved_query: string | null;
  saved_filters: SavedFilters | null;
  position: string | number;
  created_by: string;
  created_at: Date;
  updated_at: Date;
  revision: number;
}

const COLUMNS =
  'c.id, c.workspace_id, c.parent_id, c.name, c.description, c.kind, c.saved_query, c.saved_filters, c.position, c.created_by, c.created_at, c.updated_at, c.revision';

function toCollection(row: CollectionRow): Collection {
  return {
    id: row.id,
    workspaceId: row.workspace_id,
    parentId: row.parent_id,
    name: row.name,
    description: row.description,
    kind: row.kind,
    savedQuery: row.saved_query,
    savedFilters: row.saved_filters,
    position: Number(row.position),
    createdBy: row.created_by,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    revision: row.revision,
  };
}

export interface OrderKey {
  position: number;
  id: string;
}

/** Reads of collections and their assets, always scoped to one workspace: another workspace's collection reads as not found. */
export function collectionRepository(manager: EntityManager) {
  return {
    async find(workspaceId: string, id: string, options: { forUpdate?: boolean } = {}): Promise<Collection | null> {
      if (!isUuid(id)) return null;
      const rows: CollectionRow[] = await manager.query(
        `SELECT ${COLUMNS} FROM collections c WHERE c.id = $1 AND c.workspace_id = $2${options.forUpdate ? ' FOR UPDATE' : ''}`,
        [id, workspaceId],
      );
      return rows[0] ? toCollection(rows[0]) : null;
    },

    /** Ancestors, root first; the collection itself is not among them. */
    async ancestors(collection: Pick<Collection, 'id' | 'workspaceId'>): Promise<Collection[]> {
      const rows: CollectionRow[] = await manager.query(
        `WITH RECURSIVE up(id, parent_id, depth) AS (
           SELECT id, parent_id, 0 FROM collections WHERE id = $1 AND workspace_id = $2
           UNION ALL
           SELECT p.id, p.parent_id, up.depth + 1 FROM collections p JOIN up ON p.id = up.parent_id WHERE up.depth < $3
         )
         SELECT ${COLUMNS} FROM up JOIN collections c ON c.id = up.id WHERE up.depth > 0 AND c.workspace_id = $2 ORDER BY up.depth DESC`,
        [collection.id, collection.workspaceId, COLLECTION_DEPTH_MAX],
      );
      return rows.map(toCollection);
    },

    /** The collection and everything below it, with each one's depth under it (0 for itself). */
    async subtree(collection: Pick<Collection, 'id' | 'workspaceId'>): Promise<{ id: string; depth: number }[]> {
      const rows: { id: string; depth: number }[] = await manager.query(
        `WITH RECURSIVE down(id, depth) AS (
           SELECT id, 0 FROM collections WHERE id = $1 AND workspace_id = $2
           UNION ALL
           SELECT c.id, down.depth + 1 FROM collections c JOIN down ON c.parent_id = down.id WHERE down.depth < $3
         )
         SELECT id, depth FROM down ORDER BY depth DESC, id`,
        [collection.id, collection.workspaceId, COLLECTION_DEPTH_MAX],
      );
      return rows;
    },

    async children(workspaceId: string, parentId: string): Promise<Collection[]> {
      const rows: CollectionRow[] = await manager.query(
        `SELECT ${COLUMNS} FROM collections c WHERE c.workspace_id = $1 AND c.parent_id = $2 ORDER BY c.position, c.id`,
        [workspaceId, parentId],
      );
      return rows.map(toCollection);
    },

    /**
     * Siblings under `parentId` (null: the workspace's roots) in their order, after `after` (keyset).
     * With `onlyIds` (a caller granted some collections only), just those; its roots are then the
     * granted collections whose parent it cannot see.
     */
    async page(
      workspaceId: string,
      parentId: string | null,
      first: number,
      after?: OrderKey,
      onlyIds?: string[],
    ): Promise<Collection[]> {
      const place = onlyIds
        ? `c.id = ANY($6::uuid[]) AND ${parentId === null ? '$2::uuid IS NULL AND NOT coalesce(c.parent_id = ANY($6::uuid[]), false)' : 'c.parent_id = $2::uuid'}`
        : 'c.parent_id IS NOT DISTINCT FROM $2::uuid';
      const rows: CollectionRow[] = await manager.query(
        `SELECT ${COLUMNS} FROM collections c
         WHERE c.workspace_id = $1 AND ${place}
           AND ($3::bigint IS NULL OR (c.position, c.id) > ($3::bigint, $4::uuid))
         ORDER BY c.position, c.id LIMIT $5`,
        [workspaceId, parentId, after?.position ?? null, after?.id ?? null, first, ...(onlyIds ? [onlyIds] : [])],
      );
      return rows.map(toCollection);
    },

    /** Manual collections the asset is in, by name. */
    async ofAsset(workspaceId: string, assetId: string): Promise<Collection[]> {
      const rows: CollectionRow[] = await manager.query(
        `SELECT ${COLUMNS} FROM collections c JOIN collection_assets ca ON ca.collection_id = c.id
         WHERE ca.asset_id = $1 AND c.workspace_id = $2 ORDER BY lower(c.name), c.id`,
        [assetId, workspaceId],
      );
      return rows.map(toCollection);
    },

    /** A manual collection's assets in their order, after `after` (keyset; the cursor asset's current position wins over the one it was issued with). */
    async memberPage(
      collection: Pick<Collection, 'id' | 'workspaceId'>,
      first: number,
      after: OrderKey | undefined,
      viewer: Identity,
    ): Promise<{ asset: Asset; position: number }[]> {
      const params: unknown[] = [
        collection.id,
        after?.position ?? null,
        after?.id ?? null,
        collection.workspaceId,
        first,
      ];
      const visible = visibleAssetCondition(viewer, 'a', params);
      const rows: { asset_id: string; position: string }[] = await manager.query(
        `WITH cursor AS (
           SELECT coalesce((SELECT position FROM collection_assets WHERE collection_id = $1 AND asset_id = $3::uuid), $2::bigint) AS position, $3::uuid AS asset_id
         )
         SELECT ca.asset_id, ca.position FROM collection_assets ca JOIN assets a ON a.id = ca.asset_id, cursor
         WHERE ca.collection_id = $1 AND a.workspace_id = $4${visible ? ` AND ${visible}` : ''}
           AND (cursor.position IS NULL OR (ca.position, ca.asset_id) > (cursor.position, cursor.asset_id))
         ORDER BY ca.position, ca.asset_id LIMIT $5`,
        params,
      );
      if (rows.length === 0) return [];
      const assets = await manager.findBy(AssetEntity, { id: In(rows.map((r) => r.asset_id)) });
      const byId = new Map(assets.map((a) => [a.id, a]));
      return rows.flatMap((r) =>
        byId.has(r.asset_id) ? [{ asset: byId.get(r.asset_id)!, position: Number(r.position) }] : [],
      );
    },

    /** How many of a manual collection's assets `viewer` may see. */
    async memberCount(collectionId: string, viewer: Identity): Promise<number> {
      const params: unknown[] = [collectionId];
      const visible = visibleAssetCondition(viewer, 'a', params);
      const [{ count }] = await manager.query(
        `SELECT count(*)::int AS count FROM collection_assets ca${visible ? ` JOIN assets a ON a.id = ca.asset_id WHERE ${visible} AND` : ' WHERE'} ca.collection_id = $1`,
        params,
      );
      return count;
    },

    /** Ids of a manual collection's assets in their order, at most `limit`. */
    async memberIds(collectionId: string, limit: number): Promise<string[]> {
      const rows: { asset_id: string }[] = await manager.query(
        'SELECT asset_id FROM collection_assets WHERE collection_id = $1 ORDER BY position, asset_id LIMIT $2',
        [collectionId, limit],
      );
      return rows.map((r) => r.asset_id);
    },
  };
}

/**
 * Serialises changes to a workspace's collection tree (create, move, delete): two moves that
 * would each be fine alone but make a cycle together cannot interleave.
 */
export async function lockCollectionTree(manager: EntityManager, workspaceId: string): Promise<void> {
  await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended('mam.collections:' || $1, 0))`, [workspaceId]);
}
