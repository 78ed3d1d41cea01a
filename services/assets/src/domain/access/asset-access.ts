import {
  type Identity,
  notFound,
  principalsOf,
  requireRole,
  type Role,
  roleOnAsset,
  seesWholeWorkspace,
} from '@mam/graphql';
import type { EntityManager } from 'typeorm';
import { accessEntriesOf } from '../../repositories/asset-acl.repository';

/** The caller's role on each asset it may see; the others are absent from the answer. */
export async function rolesOnAssets(
  manager: EntityManager,
  identity: Identity,
  assets: { id: string; workspaceId: string }[],
): Promise<Map<string, Role>> {
  const entries = await accessEntriesOf(
    manager,
    assets.map((a) => a.id),
  );
  const roles = new Map<string, Role>();
  for (const asset of assets) {
    const role = roleOnAsset(identity, asset.workspaceId, entries.get(asset.id) ?? []);
    if (role) roles.set(asset.id, role);
  }
  return roles;
}

export async function roleOnAssetOf(
  manager: EntityManager,
  identity: Identity,
  asset: { id: string; workspaceId: string },
): Promise<Role | null> {
  return (await rolesOnAssets(manager, identity, [asset])).get(asset.id) ?? null;
}

/** Refuses a change: not found when the caller may not see the asset, FORBIDDEN when its role is below `needed`. */
export async function requireRoleOnAsset(
  manager: EntityManager,
  identity: Identity,
  asset: { id: string; workspaceId: string },
  needed: Role,
): Promise<Role> {
  const role = await roleOnAssetOf(manager, identity, asset);
  if (!role) throw notFound('Asset not found');
  return requireRole(role, needed, 'the asset');
}

/** What a search may match for the caller: null for its whole workspace, else the principals standing for it. */
export function searchReaders(identity: Identity): string[] | null {
  return seesWholeWorkspace(identity) ? null : principalsOf(identity);
}
