import type { EntityManager } from 'typeorm';
import { POSITION_GAP, positionsBetween } from '../domain/collections/ordered-positions';

/** Where to put items in an ordered list: at an index (0 first; past the end appends), or before one item (null: at the end). */
export type Placement = { index: number } | { before: string | null };

interface ListShape {
  table: 'collection_assets' | 'collections';
  idColumn: 'asset_id' | 'id';
  /** SQL condition selecting the list's rows of the table under `alias`, with its parameters as $1…$n. */
  scope: (alias: string) => string;
  scopeParams: unknown[];
}

/**
 * Positions in one ordered list (a collection's assets, or the children of one parent). Callers
 * hold a lock that serialises changes to the list (the collection row, or the tree lock).
 */
export function orderedList(manager: EntityManager, shape: ListShape) {
  const { table, idColumn, scopeParams } = shape;
  const scope = shape.scope(table);
  const n = scopeParams.length;
  const param = (i: number) => `$${n + i}`;
  const none = '00000000-0000-0000-0000-000000000000';

  async function positionOf(id: string): Promise<number | null> {
    const rows: { position: string }[] = await manager.query(
      `SELECT position FROM ${table} WHERE ${scope} AND ${idColumn} = ${param(1)}::uuid`,
      [...scopeParams, id],
    );
    return rows[0] ? Number(rows[0].position) : null;
  }

  async function neighbours(placement: Placement, except: string): Promise<[number | null, number | null]> {
    if ('index' in placement) {
      const rows: { position: string }[] = await manager.query(
        `SELECT position FROM ${table} WHERE ${scope} AND ${idColumn} <> ${param(1)}::uuid ORDER BY position, ${idColumn} OFFSET ${param(2)} LIMIT 2`,
        [...scopeParams, except, Math.max(placement.index - 1, 0)],
      );
      const positions = rows.map((r) => Number(r.position));
      return placement.index <= 0 ? [null, positions[0] ?? null] : [positions[0] ?? null, positions[1] ?? null];
    }
    if (placement.before === null) {
      const rows: { position: string | null }[] = await manager.query(
        `SELECT max(position) AS position FROM ${table} WHERE ${scope} AND ${idColumn} <> ${param(1)}::uuid`,
        [...scopeParams, except],
      );
      return [rows[0]?.position == null ? null : Number(rows[0].position), null];
    }
    const after = await positionOf(placement.before);
    if (after === null) throw new Error(`${placement.before} is not in the list`);
    const rows: { position: string }[] = await manager.query(
      `SELECT position FROM ${table} WHERE ${scope} AND ${idColumn} <> ${param(1)}::uuid AND (position, ${idColumn}) < (${param(2)}::bigint, ${param(3)}::uuid)
       ORDER BY position DESC, ${idColumn} DESC LIMIT 1`,
      [...scopeParams, except, after, placement.before],
    );
    return [rows[0] ? Number(rows[0].position) : null, after];
  }

  return {
    positionOf,
    /** Renumbers the list GAP, 2×GAP, … in its current order, in one statement. */
    async renumber(): Promise<void> {
      await manager.query(
        `UPDATE ${table} t SET position = r.rn * ${POSITION_GAP}
         FROM (SELECT ${idColumn} AS id, row_number() OVER (ORDER BY position, ${idColumn}) AS rn FROM ${table} WHERE ${scope}) r
         WHERE t.${idColumn} = r.id AND ${shape.scope('t')}`,
        scopeParams,
      );
    },
    /**
     * Positions for `count` items put at `placement`, the item `except` (one being moved) left
     * out of the reckoning. Renumbers the list first when the neighbours leave no room.
     */
    async slots(placement: Placement, count: number, except: string = none): Promise<number[]> {
      const found = positionsBetween(...(await neighbours(placement, except)), count);
      if (found) return found;
      await this.renumber();
      const again = positionsBetween(...(await neighbours(placement, except)), count);
      if (!again) throw new Error(`no room for ${count} items in ${table} even after renumbering`);
      return again;
    },
  };
}

export function collectionAssetList(manager: EntityManager, collectionId: string) {
  return orderedList(manager, {
    table: 'collection_assets',
    idColumn: 'asset_id',
    scope: (t) => `${t}.collection_id = $1`,
    scopeParams: [collectionId],
  });
}

export function siblingCollectionList(manager: EntityManager, workspaceId: string, parentId: string | null) {
  return orderedList(manager, {
    table: 'collections',
    idColumn: 'id',
    scope: (t) => `${t}.workspace_id = $1 AND ${t}.parent_id IS NOT DISTINCT FROM $2::uuid`,
    scopeParams: [workspaceId, parentId],
  });
}
