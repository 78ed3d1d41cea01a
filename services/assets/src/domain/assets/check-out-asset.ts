import type { DataSource } from '@mam/db';
import { actorOf, badInput, type Identity } from '@mam/graphql';
import type { Asset } from '../../entities/asset.entity';
import { activeLock, LOCK_MINUTES_MAX } from './asset-lock';
import { assertChangeable, loadAsset, saveAssetChange } from './change-asset';
import { emitAssetUpdated } from './emit-asset-updated';
import { fieldChange, recordHistory } from './record-history';

export interface CheckOutAssetInput {
  id: string;
  expectedRevision?: number | null;
  minutes?: number | null;
}

/**
 * Locks the asset for the caller until `minutes` from now, so nobody else can edit it meanwhile.
 * The holder checking out again extends the lock; another holder's live lock refuses it.
 */
export async function checkOutAsset(
  dataSource: DataSource,
  identity: Identity,
  input: CheckOutAssetInput,
): Promise<Asset> {
  const minutes = input.minutes ?? 60;
  if (!Number.isInteger(minutes) || minutes < 1 || minutes > LOCK_MINUTES_MAX)
    throw badInput(`minutes must be between 1 and ${LOCK_MINUTES_MAX}`, 'minutes');
  return dataSource.transaction(async (manager) => {
    const now = new Date();
    const before = await loadAsset(manager, identity, input.id);
    assertChangeable(before, identity.subject, input.expectedRevision ?? undefined, now);
    const held = activeLock(before, now);
    const expiresAt = new Date(now.getTime() + minutes * 60_000);
    const after = await saveAssetChange(
      manager,
      before,
      { lockHolder: identity.subject, lockAcquiredAt: held?.acquiredAt ?? now, lockExpiresAt: expiresAt },
      identity.subject,
      now,
    );
    await recordHistory(manager, after, {
      action: 'LOCKED',
      actor: identity.subject,
      at: now,
      changes: [
        ...fieldChange('lock', held?.holder, identity.subject),
        ...fieldChange('lockExpiresAt', held?.expiresAt.toISOString(), expiresAt.toISOString()),
      ],
    });
    await emitAssetUpdated(manager, after, actorOf(identity));
    return after;
  });
}
