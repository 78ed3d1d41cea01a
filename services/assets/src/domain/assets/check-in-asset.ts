import type { DataSource } from '@mam/db';
import type { Identity } from '@mam/graphql';
import { actorOf } from '@mam/graphql';
import type { Asset } from '../../entities/asset.entity';
import { assetLocked } from './asset-errors';
import { activeLock } from './asset-lock';
import { loadAsset, saveAssetChange } from './change-asset';
import { emitAssetUpdated } from './emit-asset-updated';
import { recordHistory } from './record-history';

/** Releases the caller's lock. A free asset stays as it is; someone else's live lock is refused. */
export async function checkInAsset(dataSource: DataSource, identity: Identity, id: string): Promise<Asset> {
  return dataSource.transaction(async (manager) => {
    const now = new Date();
    const before = await loadAsset(manager, identity, id);
    const lock = activeLock(before, now);
    if (!lock) return before;
    if (lock.holder !== identity.subject) throw assetLocked(lock);
    const after = await saveAssetChange(
      manager,
      before,
      { lockHolder: null, lockAcquiredAt: null, lockExpiresAt: null },
      identity.subject,
      now,
    );
    await recordHistory(manager, after, {
      action: 'UNLOCKED',
      actor: identity.subject,
      at: now,
      changes: [{ field: 'lock', from: lock.holder, to: null }],
    });
    await emitAssetUpdated(manager, after, actorOf(identity));
    return after;
  });
}
