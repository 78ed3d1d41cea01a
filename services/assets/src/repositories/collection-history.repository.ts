import type { EntityManager } from 'typeorm';
import type { FieldChange } from '../entities/asset-history.entity';
import type { Collection } from '../entities/collection.entity';

export type MembershipAction = 'ADDED_TO_COLLECTION' | 'REMOVED_FROM_COLLECTION';

function membershipChanges(action: MembershipAction, collection: Pick<Collection, 'id' | 'name'>): FieldChange[] {
  const [from, to] = action === 'ADDED_TO_COLLECTION' ? [null, collection] : [collection, null];
  return [
    { field: 'collection', from: from?.name ?? null, to: to?.name ?? null },
    { field: 'collectionId', from: from?.id ?? null, to: to?.id ?? null },
  ];
}

/**
 * One history entry per asset for joining or leaving a collection, written in one statement.
 * Membership belongs to the collection, so the assets' revisions stay as they are: each entry
 * carries the asset's current revision.
 */
export async function recordMembershipHistory(
  manager: EntityManager,
  entry: {
    action: MembershipAction;
    assetIds: string[];
    collection: Pick<Collection, 'id' | 'name' | 'workspaceId'>;
    actor: string;
    at: Date;
  },
): Promise<void> {
  if (entry.assetIds.length === 0) return;
  await manager.query(
    `INSERT INTO asset_history (asset_id, workspace_id, action, actor, occurred_at, revision, changes)
     SELECT a.id, a.workspace_id, $3, $4, $5, a.revision, $6::jsonb
     FROM unnest($1::uuid[]) WITH ORDINALITY AS given(id, n) JOIN assets a ON a.id = given.id
     WHERE a.workspace_id = $2 ORDER BY given.n`,
    [
      entry.assetIds,
      entry.collection.workspaceId,
      entry.action,
      entry.actor,
      entry.at,
      JSON.stringify(membershipChanges(entry.action, entry.collection)),
    ],
  );
}

/** Leaving every collection of a deleted subtree: one entry per membership, named after the collection it was in. */
export async function recordSubtreeRemovalHistory(
  manager: EntityManager,
  entry: { collectionIds: string[]; workspaceId: string; actor: string; at: Date },
): Promise<void> {
  await manager.query(
    `INSERT INTO asset_history (asset_id, workspace_id, action, actor, occurred_at, revision, changes)
     SELECT a.id, a.workspace_id, 'REMOVED_FROM_COLLECTION', $3, $4, a.revision,
       jsonb_build_array(
         jsonb_build_object('field', 'collection', 'from', c.name, 'to', null),
         jsonb_build_object('field', 'collectionId', 'from', c.id::text, 'to', null))
     FROM collection_assets ca JOIN collections c ON c.id = ca.collection_id JOIN assets a ON a.id = ca.asset_id
     WHERE ca.collection_id = ANY($1::uuid[]) AND c.workspace_id = $2
     ORDER BY c.id, ca.position, ca.asset_id`,
    [entry.collectionIds, entry.workspaceId, entry.actor, entry.at],
  );
}
