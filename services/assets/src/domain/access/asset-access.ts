import { type AccessEntry, type Identity, notFound, principalsOf, requireRole, type Role, roleOnAsset, seesWholeWorkspace } from '@mam/graphql';
import type { EntityManager } from 'typeorm';

/** Access rows (`asset_id`, `principal`, `role`) as one list per asset, ordered by principal; every given asset is present. */
export function entriesByAsset(assetIds: string[], rows: { asset_id: string; principal: string; role: string }[]): Map<string, AccessEntry[]> {
  const entries = new Map<string, AccessEntry[]>(assetIds.map((id) => [id, []]));
  for (const row of rows) entries.get(row.asset_id)?.push({ principal: row.principal, role: row.role as Role });
  for (const list of entries.values()) list.sort((a, b) => a.principal.localeCompare(b.principal));
  return entries;
}

/** Each asset's effective access list, as kept in `asset_acl`. */
export async function accessEntriesOf(manager: EntityManager, assetIds: string[]): Promise<Map<string, AccessEntry[]>> {
  if (assetIds.length === 0) return new Map();
  return entriesByAsset(assetIds, await manager.query('SELECT asset_id, principal, role FROM asset_acl WHERE asset_id = ANY($1::uuid[])', [assetIds]));
}

/** The caller's role on each asset it may see; the others are absent from the answer. */
export async function rolesOnAssets(manager: EntityManager, identity: Identity, assets: { id: string; workspaceId: string }[]): Promise<Map<string, Role>> {
  const entries = await accessEntriesOf(manager, assets.map((a) => a.id));
  const roles = new Map<string, Role>();
  for (const asset of assets) {
    const role = roleOnAsset(identity, asset.workspaceId, entries.get(asset.id) ?? []);
    if (role) roles.set(asset.id, role);
  }
  return roles;
}

export async function roleOnAssetOf(manager: EntityManager, identity: Identity, asset: { id: string; workspaceId: string }): Promise<Role | null> {
  return (await rolesOnAssets(manager, identity, [asset])).get(asset.id) ?? null;
}

/** Refuses a change: not found when the caller may not see the asset, FORBIDDEN when its role is below `needed`. */
export async function requireRoleOnAsset(manager: EntityManager, identity: Identity, asset: { id: string; workspaceId: string }, needed: Role): Promise<Role> {
  const role = await roleOnAssetOf(manager, identity, asset);
  if (!role) throw notFound('Asset not found');
  return requireRole(role, needed, 'the asset');
}

/**
 * SQL condition limiting `alias` (a row of `assets`) to those the caller may see, with its
 * parameters appended to `params`; null when the caller sees its whole workspace. With `idBelow`
 * (a keyset page's bound) the access list is read from that id down, so a deep page costs what
 * the first does.
 */
export function visibleAssetCondition(identity: Identity, alias: string, params: unknown[], options: { idBelow?: string } = {}): string | null {
  if (seesWholeWorkspace(identity)) return null;
  params.push(principalsOf(identity));
  const principals = `$${params.length}::text[]`;
  if (options.idBelow) params.push(options.idBelow);
  const bound = options.idBelow ? ` AND acl.asset_id < $${params.length}::uuid` : '';
  return `EXISTS (SELECT 1 FROM asset_acl acl WHERE acl.asset_id = ${alias}.id${bound} AND acl.principal = ANY(${principals}))`;
}

/** What a search may match for the caller: null for its whole workspace, else the principals standing for it. */
export function searchReaders(identity: Identity): string[] | null {
  return seesWholeWorkspace(identity) ? null : principalsOf(identity);
}
