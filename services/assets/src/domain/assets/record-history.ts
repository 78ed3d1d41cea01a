import type { EntityManager } from 'typeorm';
import type { FieldChange, HistoryAction } from '../../entities/asset-history.entity';
import type { Asset } from '../../entities/asset.entity';
import { assetWriteRepository } from '../../repositories/asset-write.repository';

/** Appends a history entry for a change that produced `asset` (its revision is the one after the change). */
export async function recordHistory(
  manager: EntityManager,
  asset: Asset,
  entry: { action: HistoryAction; actor: string; at: Date; changes?: FieldChange[]; versionId?: string | null },
): Promise<void> {
  await assetWriteRepository.insertHistory(manager, {
    assetId: asset.id,
    workspaceId: asset.workspaceId,
    action: entry.action,
    actor: entry.actor,
    occurredAt: entry.at,
    revision: asset.revision,
    versionId: entry.versionId ?? null,
    changes: entry.changes ?? [],
  });
}

/** A change of one field, or nothing when the value stayed the same. */
export function fieldChange(
  field: string,
  from: string | null | undefined,
  to: string | null | undefined,
): FieldChange[] {
  return (from ?? null) === (to ?? null) ? [] : [{ field, from: from ?? null, to: to ?? null }];
}
