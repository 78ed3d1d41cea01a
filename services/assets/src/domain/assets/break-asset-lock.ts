import type { DataSource } from '@mam/db';
import type { Identity } from '@mam/graphql';
import { actorOf } from '@mam/graphql';
import type { Asset } from '../../entities/asset.entity';
import { activeLock } from './asset-lock';
import { loadAsset, saveAssetChange } from './change-asset';
import { emitAssetUpdated } from './emit-asset-updated';
import { recordHistory } from './record-history';

/** An admin frees an asset someone else has checked out; history keeps whose lock was broken. */
export async function breakAssetLock(dataSource: DataSource, admin: Identity, id: string): Promise<Asset> {
  return dataSource.transaction(async (manager) => {
    const now = new Date();
    const before = await loadAsset(manager, admin, id, 'admin');
    const lock = activeLock(before, now);
    if (!lock) return before;
    const after = await saveAssetChange(
      manager,
      before,
      { lockHolder: null, lockAcquiredAt: null, lockExpiresAt: null },
      admin.subject,
      now,
      { ignoreLock: true },
    );
    await recordHistory(manager, after, {
      action: 'LOCK_BROKEN',
      actor: admin.subject,
      at: now,
      changes: [
        { field: 'lock', from: lock.holder, to: null },
        { field: 'lockExpiresAt', from: lock.expiresAt.toISOString(), to: null },
      ],
    });
    await emitAssetUpdated(manager, after, actorOf(admin));
    return after;
  });
}
