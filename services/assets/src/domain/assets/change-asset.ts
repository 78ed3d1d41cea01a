import type { Identity, Role } from '@mam/graphql';
import { isUuid } from '@mam/graphql';
import type { EntityManager } from 'typeorm';
import { requireRoleOnAsset } from '../access/asset-access';
import type { Asset } from '../../entities/asset.entity';
import { notFound } from '@mam/graphql';
import { assetWriteRepository } from '../../repositories/asset-write.repository';
import { assetConflict, assetLocked } from './asset-errors';
import { lockAgainst } from './asset-lock';

/** The columns a change may set; revision and updatedAt follow from the change itself. */
export type AssetChanges = Partial<
  Pick<
    Asset,
    | 'title'
    | 'description'
    | 'type'
    | 'metadata'
    | 'tags'
    | 'currentVersionId'
    | 'lockHolder'
    | 'lockAcquiredAt'
    | 'lockExpiresAt'
  >
>;

/**
 * The asset as it is, for a change by the caller: not found when it may not see it (another
 * workspace's, or not granted), FORBIDDEN when its role on the asset is below `needed`.
 */
export async function loadAsset(
  manager: EntityManager,
  identity: Identity,
  id: string,
  needed: Role = 'editor',
): Promise<Asset> {
  const asset = await loadWorkspaceAsset(manager, identity.workspaceId, id);
  await requireRoleOnAsset(manager, identity, asset, needed);
  return asset;
}

async function loadWorkspaceAsset(manager: EntityManager, workspaceId: string, id: string): Promise<Asset> {
  const asset = isUuid(id) ? await assetWriteRepository.find(manager, workspaceId, id) : null;
  if (!asset) throw notFound('Asset not found');
  return asset;
}

/**
 * Refuses a change by `subject`: LOCKED when someone else holds a live check-out lock, CONFLICT
 * when the change was based on another revision (skipped when `expectedRevision` is undefined).
 */
export function assertChangeable(asset: Asset, subject: string, expectedRevision: number | undefined, now: Date): void {
  const lock = lockAgainst(asset, subject, now);
  if (lock) throw assetLocked(lock);
  if (expectedRevision !== undefined && asset.revision !== expectedRevision)
    throw assetConflict(asset, expectedRevision);
}

/**
 * Writes a change with `UPDATE ... WHERE id = $1 AND revision = $2`: it applies only if nobody
 * changed the asset since `before` was read (every change, locks included, bumps the revision),
 * so no read-then-write race can lose an edit. A lost race is refused like a stale edit.
 */
export async function saveAssetChange(
  manager: EntityManager,
  before: Asset,
  changes: AssetChanges,
  subject: string,
  now: Date,
  options: { ignoreLock?: boolean } = {},
): Promise<Asset> {
  const next = { ...changes, revision: before.revision + 1, updatedAt: now };
  if (await assetWriteRepository.updateAtRevision(manager, before.id, before.revision, next))
    return { ...before, ...next };
  const current = await loadWorkspaceAsset(manager, before.workspaceId, before.id);
  if (!options.ignoreLock) assertChangeable(current, subject, before.revision, now);
  throw assetConflict(current, before.revision);
}
