import { principalsOf, seesWholeWorkspace, type AccessEntry, type Identity, type Role } from '@mam/graphql';
import type { EntityManager } from 'typeorm';

type Db = Pick<EntityManager, 'query'>;

/** Access rows (`asset_id`, `principal`, `role`) as one list per asset, ordered by principal; every given asset is present. */
export function entriesByAsset(
  assetIds: string[],
  rows: { asset_id: string; principal: string; role: string }[],
): Map<string, AccessEntry[]> {
  const entries = new Map<string, AccessEntry[]>(assetIds.map((id) => [id, []]));
  for (const row of rows) entries.get(row.asset_id)?.push({ principal: row.principal, role: row.role as Role });
  for (const list of entries.values()) list.sort((a, b) => a.principal.localeCompare(b.principal));
  return entries;
}

/** Each asset's effective access list, as kept in `asset_acl`. */
export async function accessEntriesOf(db: Db, assetIds: string[]): Promise<Map<string, AccessEntry[]>> {
  if (assetIds.length === 0) return new Map();
  return entriesByAsset(
    assetIds,
    await db.query('SELECT asset_id, principal, role FROM asset_acl WHERE asset_id = ANY($1::uuid[])', [assetIds]),
  );
}

/**
 * SQL condition limiting `alias` (a row of `assets`) to those the caller may see, with its
 * parameters appended to `params`; null when the caller sees its whole workspace. With `idBelow`
 * (a keyset page's bound) the access list is read from that id down, so a deep page costs what
 * the first does.
 */
export function visibleAssetCondition(
  identity: Identity,
  alias: string,
  params: unknown[],
  options: { idBelow?: string } = {},
): string | null {
  if (seesWholeWorkspace(identity)) return null;
  params.push(principalsOf(identity));
  const principals = `$${params.length}::text[]`;
  if (options.idBelow) params.push(options.idBelow);
  const bound = options.idBelow ? ` AND acl.asset_id < $${params.length}::uuid` : '';
  return `EXISTS (SELECT 1 FROM asset_acl acl WHERE acl.asset_id = ${alias}.id${bound} AND acl.principal = ANY(${principals}))`;
}

/** `asset_acl` and the assets' `access_revision`: each asset's effective access list, as published. */
export const assetAclRepository = {
  /**
   * Row-locks the assets in id order (concurrent refreshes of the same assets queue instead of
   * deadlocking, and each computes from what the previous committed); the ones that exist.
   */
  async lockAssets(db: Db, assetIds: string[]): Promise<{ id: string; workspace_id: string }[]> {
    return db.query('SELECT id, workspace_id FROM assets WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE', [
      assetIds,
    ]);
  },
  /** Replaces the access lists of `assetIds` by `entries`; the assets' new access revisions. */
  async replace(db: Db, assetIds: string[], entries: Map<string, AccessEntry[]>): Promise<Map<string, bigint>> {
    await db.query('DELETE FROM asset_acl WHERE asset_id = ANY($1::uuid[])', [assetIds]);
    const rows = assetIds.flatMap((id) => (entries.get(id) ?? []).map((e) => [id, e.principal, e.role]));
    if (rows.length > 0) {
      await db.query(
        'INSERT INTO asset_acl (asset_id, principal, role) SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[])',
        [rows.map((r) => r[0]), rows.map((r) => r[1]), rows.map((r) => r[2])],
      );
    }
    // UPDATE ... RETURNING answers [rows, count] through TypeORM.
    const [revisions]: [{ id: string; access_revision: string }[], number] = await db.query(
      'UPDATE assets SET access_revision = access_revision + 1 WHERE id = ANY($1::uuid[]) RETURNING id, access_revision',
      [assetIds],
    );
    return new Map(revisions.map((r) => [r.id, BigInt(r.access_revision)]));
  },
  /** Every asset in any of the collections. */
  async assetsInCollections(db: Db, collectionIds: string[]): Promise<string[]> {
    const rows: { asset_id: string }[] = await db.query(
      'SELECT DISTINCT asset_id FROM collection_assets WHERE collection_id = ANY($1::uuid[])',
      [collectionIds],
    );
    return rows.map((r) => r.asset_id);
  },
  /** Whether the workspace has this asset. */
  async assetExists(db: Db, workspaceId: string, assetId: string): Promise<boolean> {
    return (
      (await db.query('SELECT 1 FROM assets WHERE id = $1 AND workspace_id = $2', [assetId, workspaceId])).length > 0
    );
  },
  /** Collections the principals reach through grants (on them or a collection above them), with the granted role. */
  async collectionGrants(db: Db, workspaceId: string, principals: string[]): Promise<{ id: string; role: Role }[]> {
    return db.query(
      `WITH RECURSIVE granted AS (
         SELECT g.collection_id AS id, g.role, 0 AS depth FROM access_grants g
         WHERE g.workspace_id = $1 AND g.collection_id IS NOT NULL AND g.principal = ANY($2::text[])
         UNION ALL
         SELECT c.id, granted.role, granted.depth + 1 FROM collections c JOIN granted ON c.parent_id = granted.id WHERE granted.depth < 64
       )
       SELECT id, role FROM granted`,
      [workspaceId, principals],
    );
  },
};
