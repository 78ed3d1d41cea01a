import {
  higherRole,
  lowerRole,
  memberRoleOf,
  principalsOf,
  requireRole,
  roleOnAsset,
  type Identity,
  type Role,
} from '@mam/graphql';
import type { EntityManager } from 'typeorm';
import type { Collection } from '../../entities/collection.entity';
import { assetAclRepository } from '../../repositories/asset-acl.repository';
import { collectionNotFound } from '../collections/collection-errors';

/** The caller's roles on collections: from workspace-wide grants, and from grants on a collection or any collection above it. */
export interface CollectionAccess {
  /** True when the caller's workspace-wide role reaches every collection (no per-collection filtering needed). */
  wholeWorkspace: boolean;
  /** Collections the caller reaches through grants (empty for whole-workspace callers). */
  grantedIds: string[];
  roleOf(collection: Pick<Collection, 'id' | 'workspaceId'>): Role | null;
}

export async function collectionAccess(manager: EntityManager, identity: Identity): Promise<CollectionAccess> {
  const base = roleOnAsset(identity, identity.workspaceId, []);
  const member = memberRoleOf(identity);
  const granted = new Map<string, Role>();
  if (member && base !== 'admin') {
    const rows = await assetAclRepository.collectionGrants(manager, identity.workspaceId, principalsOf(identity));
    for (const row of rows) granted.set(row.id, higherRole(granted.get(row.id), lowerRole(row.role, member))!);
  }
  return {
    wholeWorkspace: base !== null,
    grantedIds: base !== null ? [] : [...granted.keys()],
    roleOf: (collection) =>
      collection.workspaceId === identity.workspaceId ? higherRole(base, granted.get(collection.id)) : null,
  };
}

/** Refuses a change of a collection: not found when the caller may not see it, FORBIDDEN when its role there is below `needed`. */
export async function requireCollectionRole(
  manager: EntityManager,
  identity: Identity,
  collection: Collection,
  needed: Role,
): Promise<void> {
  const role = (await collectionAccess(manager, identity)).roleOf(collection);
  if (!role) throw collectionNotFound();
  requireRole(role, needed, 'the collection');
}
