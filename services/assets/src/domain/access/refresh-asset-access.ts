import { AssetAccessChangedSchema, TOPICS } from '@mam/proto';
import { appendToOutbox, type EventActor } from '@mam/events';
import type { EntityManager } from 'typeorm';
import type { AccessEntry } from '@mam/graphql';
import { collectionRepository } from '../../repositories/collection.repository';
import { accessEntriesOf, entriesByAsset } from './asset-access';

/** Roles from least to most: grants on an asset and on every collection above it combine to the highest per principal. */
const ROLE_ORDER = `ARRAY['viewer', 'reviewer', 'editor', 'admin']`;

const EFFECTIVE_ACCESS = `
  WITH RECURSIVE holders AS (
    SELECT ca.asset_id, c.id AS collection_id, c.parent_id FROM collection_assets ca JOIN collections c ON c.id = ca.collection_id
    WHERE ca.asset_id = ANY($1::uuid[])
    UNION
    SELECT h.asset_id, p.id, p.parent_id FROM holders h JOIN collections p ON p.id = h.parent_id
  ), applicable AS (
    SELECT h.asset_id, g.principal, g.role FROM holders h JOIN access_grants g ON g.collection_id = h.collection_id
    UNION ALL
    SELECT g.asset_id, g.principal, g.role FROM access_grants g WHERE g.asset_id = ANY($1::uuid[])
  )
  SELECT asset_id, principal, (${ROLE_ORDER})[max(array_position(${ROLE_ORDER}, role))] AS role
  FROM applicable GROUP BY asset_id, principal`;

const BATCH = 1000;

/**
 * Recomputes the access lists of assets from the grants on them and on the collections holding
 * them (and those collections' parents), in the caller's transaction, and publishes
 * `asset.access-changed` for every asset whose list changed (for all of them with `always`).
 */
export async function refreshAssetAccess(manager: EntityManager, assetIds: string[], actor: EventActor, options: { always?: boolean } = {}): Promise<void> {
  const ids = [...new Set(assetIds)].sort();
  for (let start = 0; start < ids.length; start += BATCH) {
    const batch = ids.slice(start, start + BATCH);
    // Row locks in id order: concurrent refreshes of the same assets queue instead of deadlocking,
    // and each one computes from what the previous one committed.
    const locked: { id: string; workspace_id: string }[] = await manager.query('SELECT id, workspace_id FROM assets WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE', [batch]);
    if (locked.length === 0) continue;
    const lockedIds = locked.map((a) => a.id);
    const before = await accessEntriesOf(manager, lockedIds);
    const after = entriesByAsset(lockedIds, await manager.query(EFFECTIVE_ACCESS, [lockedIds]));
    const changed = locked.filter((a) => options.always || key(before.get(a.id)) !== key(after.get(a.id)));
    if (changed.length === 0) continue;
    const changedIds = changed.map((a) => a.id);
    await manager.query('DELETE FROM asset_acl WHERE asset_id = ANY($1::uuid[])', [changedIds]);
    const rows = changedIds.flatMap((id) => (after.get(id) ?? []).map((e) => [id, e.principal, e.role]));
    if (rows.length > 0) {
      await manager.query('INSERT INTO asset_acl (asset_id, principal, role) SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[])', [rows.map((r) => r[0]), rows.map((r) => r[1]), rows.map((r) => r[2])]);
    }
    // UPDATE ... RETURNING answers [rows, count] through TypeORM.
    const [revisions]: [{ id: string; access_revision: string }[], number] = await manager.query('UPDATE assets SET access_revision = access_revision + 1 WHERE id = ANY($1::uuid[]) RETURNING id, access_revision', [changedIds]);
    const revisionOf = new Map(revisions.map((r) => [r.id, BigInt(r.access_revision)]));
    for (const asset of changed) {
      await appendToOutbox(manager, TOPICS.assetsAsset, {
        type: 'asset.access-changed',
        aggregateId: asset.id,
        actor,
        schema: AssetAccessChangedSchema,
        payload: { assetId: asset.id, workspaceId: asset.workspace_id, entries: after.get(asset.id) ?? [], accessRevision: revisionOf.get(asset.id)! },
      });
    }
  }
}

function key(entries: AccessEntry[] | undefined): string {
  return (entries ?? []).map((e) => `${e.principal}=${e.role}`).join('\n');
}

/** Every asset in a collection or any collection below it: whose access a grant on that collection touches. */
export async function assetsUnderCollection(manager: EntityManager, collection: { id: string; workspaceId: string }): Promise<string[]> {
  const collectionIds = (await collectionRepository(manager).subtree(collection)).map((c) => c.id);
  const rows: { asset_id: string }[] = await manager.query('SELECT DISTINCT asset_id FROM collection_assets WHERE collection_id = ANY($1::uuid[])', [collectionIds]);
  return rows.map((r) => r.asset_id);
}
