import { AssetAccessChangedSchema, TOPICS } from '@mam/proto';
import { appendToOutbox, type EventActor } from '@mam/events';
import type { EntityManager } from 'typeorm';
import type { AccessEntry } from '@mam/graphql';
import { collectionRepository } from '../../repositories/collection.repository';
import { accessGrantRepository } from '../../repositories/access-grant.repository';
import { accessEntriesOf, assetAclRepository, entriesByAsset } from '../../repositories/asset-acl.repository';

const BATCH = 1000;

/**
 * Recomputes the access lists of assets from the grants on them and on the collections holding
 * them (and those collections' parents), in the caller's transaction, and publishes
 * `asset.access-changed` for every asset whose list changed (for all of them with `always`).
 */
export async function refreshAssetAccess(
  manager: EntityManager,
  assetIds: string[],
  actor: EventActor,
  options: { always?: boolean } = {},
): Promise<void> {
  const ids = [...new Set(assetIds)].sort();
  for (let start = 0; start < ids.length; start += BATCH) {
    const batch = ids.slice(start, start + BATCH);
    const locked = await assetAclRepository.lockAssets(manager, batch);
    if (locked.length === 0) continue;
    const lockedIds = locked.map((a) => a.id);
    const before = await accessEntriesOf(manager, lockedIds);
    const after = entriesByAsset(lockedIds, await accessGrantRepository.effectiveAccess(manager, lockedIds));
    const changed = locked.filter((a) => options.always || key(before.get(a.id)) !== key(after.get(a.id)));
    if (changed.length === 0) continue;
    const changedIds = changed.map((a) => a.id);
    const revisionOf = await assetAclRepository.replace(manager, changedIds, after);
    for (const asset of changed) {
      await appendToOutbox(manager, TOPICS.assetsAsset, {
        type: 'asset.access-changed',
        aggregateId: asset.id,
        actor,
        schema: AssetAccessChangedSchema,
        payload: {
          assetId: asset.id,
          workspaceId: asset.workspace_id,
          entries: after.get(asset.id) ?? [],
          accessRevision: revisionOf.get(asset.id)!,
        },
      });
    }
  }
}

function key(entries: AccessEntry[] | undefined): string {
  return (entries ?? []).map((e) => `${e.principal}=${e.role}`).join('\n');
}

/** Every asset in a collection or any collection below it: whose access a grant on that collection touches. */
export async function assetsUnderCollection(
  manager: EntityManager,
  collection: { id: string; workspaceId: string },
): Promise<string[]> {
  const collectionIds = (await collectionRepository(manager).subtree(collection)).map((c) => c.id);
  return assetAclRepository.assetsInCollections(manager, collectionIds);
}
