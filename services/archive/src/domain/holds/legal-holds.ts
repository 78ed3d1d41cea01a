import { canChangeAsset } from '@mam/asset-access';
import { badInput, conflict, notFound, requireIdentity } from '@mam/graphql';
import { uuidv7 } from '@mam/events';
import type { ArchiveContext } from '../../context';
import { archiveJobs } from '../../repositories/archive-jobs.repository';
import { auditRepository } from '../../repositories/audit.repository';
import { holdsRepository, type HoldRow } from '../../repositories/holds.repository';

/** Places a legal hold on an asset (admins only): archive moves and deletion are blocked until it is released. */
export async function placeLegalHold(context: ArchiveContext, assetId: string, reason: string): Promise<HoldRow> {
  const identity = requireIdentity(context);
  if (!reason.trim() || reason.length > 1000)
    throw badInput('A legal hold needs a reason of 1 to 1000 characters', 'reason');
  if (!(await canChangeAsset(context.dataSource, context, assetId, 'admin'))) throw notFound('No such asset');
  return context.dataSource.transaction(async (manager) => {
    await archiveJobs.lockAsset(manager, assetId);
    if (await holdsRepository.active(manager, assetId)) throw conflict('The asset is already under legal hold');
    const hold = await holdsRepository.place(manager, {
      id: uuidv7(),
      assetId,
      reason: reason.trim(),
      placedBy: identity.subject,
    });
    await auditRepository.append(manager, {
      assetId,
      actor: identity.subject,
      action: 'legal hold placed',
      detail: { reason: hold.reason },
    });
    return hold;
  });
}

/** Releases an asset's legal hold (admins only). */
export async function releaseLegalHold(context: ArchiveContext, assetId: string): Promise<boolean> {
  const identity = requireIdentity(context);
  if (!(await canChangeAsset(context.dataSource, context, assetId, 'admin'))) throw notFound('No such asset');
  return context.dataSource.transaction(async (manager) => {
    const hold = await holdsRepository.active(manager, assetId);
    if (!hold) throw conflict('The asset is not under legal hold');
    await holdsRepository.release(manager, hold.id, identity.subject);
    await auditRepository.append(manager, {
      assetId,
      actor: identity.subject,
      action: 'legal hold released',
      detail: { reason: hold.reason },
    });
    return true;
  });
}
