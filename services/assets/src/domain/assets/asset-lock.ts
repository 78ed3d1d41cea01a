import type { Asset } from '../../entities/asset.entity';

export interface ActiveLock {
  holder: string;
  acquiredAt: Date;
  expiresAt: Date;
}

export const LOCK_MINUTES_MAX = 7 * 24 * 60;

/** The asset's check-out lock unless it has expired: an expired lock counts as free. */
export function activeLock(
  asset: Pick<Asset, 'lockHolder' | 'lockAcquiredAt' | 'lockExpiresAt'>,
  now = new Date(),
): ActiveLock | null {
  if (!asset.lockHolder || !asset.lockExpiresAt || !asset.lockAcquiredAt) return null;
  if (asset.lockExpiresAt.getTime() <= now.getTime()) return null;
  return { holder: asset.lockHolder, acquiredAt: asset.lockAcquiredAt, expiresAt: asset.lockExpiresAt };
}

/** A live lock held by anyone but `subject`, or null when `subject` may change the asset. */
export function lockAgainst(
  asset: Pick<Asset, 'lockHolder' | 'lockAcquiredAt' | 'lockExpiresAt'>,
  subject: string,
  now = new Date(),
): ActiveLock | null {
  const lock = activeLock(asset, now);
  return lock && lock.holder !== subject ? lock : null;
}
