import type { DataSource } from '@mam/db';
import {
  isUuid,
  loadInBatch,
  requireIdentity,
  requireRole,
  roleOnAsset,
  type Identity,
  type RequestContext,
  type Role,
} from '@mam/graphql';
import { assetAccessRepository, type AccessRow } from './asset-access.repository';

/**
 * The caller's role on an asset by the local projection, or null when the asset is not theirs
 * to see (another workspace's, not granted to them, or unknown here yet).
 */
export async function assetRole(
  dataSource: DataSource,
  context: RequestContext,
  assetId: string,
): Promise<Role | null> {
  const identity = requireIdentity(context);
  const row = await loadInBatch(context, 'asset-access', assetId, (ids) => accessRows(dataSource, ids));
  return row ? roleOnAsset(identity, row.workspace_id, row.entries) : null;
}

const rowsByMoment = new WeakMap<object, Map<string, Promise<AccessRow | undefined>>>();

/**
 * An identity's role on an asset, reading the asset's access row once for everyone who asks about
 * the same `moment` (any object, e.g. one live update fanned out to many subscribers): the
 * projection is read once per update, and each subscriber's role is then worked out in memory.
 */
export async function assetRoleAt(
  dataSource: DataSource,
  identity: Identity,
  assetId: string,
  moment: object,
): Promise<Role | null> {
  let rows = rowsByMoment.get(moment);
  if (!rows) rowsByMoment.set(moment, (rows = new Map()));
  let row = rows.get(assetId);
  if (!row) rows.set(assetId, (row = accessRows(dataSource, [assetId]).then((found) => found.get(assetId))));
  const found = await row;
  return found ? roleOnAsset(identity, found.workspace_id, found.entries) : null;
}

/** Access rows by asset id, in one query; ids that are no UUID are simply not found. */
async function accessRows(dataSource: DataSource, ids: string[]): Promise<Map<string, AccessRow>> {
  const uuids = ids.filter(isUuid);
  if (!uuids.length) return new Map();
  const rows = await assetAccessRepository.findMany(dataSource, uuids);
  const byId = new Map(rows.map((r) => [r.id, r]));
  // Answer under the id as asked (any letter case).
  return new Map(
    uuids.flatMap((id) => (byId.has(id.toLowerCase()) ? [[id, byId.get(id.toLowerCase())!] as const] : [])),
  );
}

/** Who has the asset checked out and until when, when someone holds a live lock (an expired one counts as free). */
export async function assetLock(
  dataSource: DataSource,
  assetId: string,
  now = new Date(),
): Promise<{ holder: string; expiresAt: Date } | null> {
  const row = await assetAccessRepository.lockOf(dataSource, assetId);
  return row?.lock_holder && row.lock_expires_at && row.lock_expires_at > now
    ? { holder: row.lock_holder, expiresAt: row.lock_expires_at }
    : null;
}

/** Resolvers return nothing for an asset that is not visible, so it looks exactly like one that does not exist. */
export async function isAssetVisible(
  dataSource: DataSource,
  context: RequestContext,
  assetId: string,
): Promise<boolean> {
  return (await assetRole(dataSource, context, assetId)) !== null;
}

/**
 * For changes: false when the asset is not visible (answer as not found); FORBIDDEN when it is
 * visible but the caller's role on it is below `needed`.
 */
export async function canChangeAsset(
  dataSource: DataSource,
  context: RequestContext,
  assetId: string,
  needed: Role,
): Promise<boolean> {
  const role = await assetRole(dataSource, context, assetId);
  if (!role) return false;
  requireRole(role, needed, 'the asset');
  return true;
}
