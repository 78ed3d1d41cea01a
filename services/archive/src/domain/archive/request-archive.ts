import { assetLock, canChangeAsset } from '@mam/asset-access';
import { actorOf, locked, badInput, conflict, notFound, requireIdentity } from '@mam/graphql';
import { uuidv7 } from '@mam/events';
import { versionProjection } from '@mam/versions';
import type { ArchiveContext } from '../../context';
import { archiveQueue } from '../../jobs/archive-queue';
import type { ArchiveLocation } from '../../locations/archive-location';
import { copyLocations } from '../../locations/copy-locations';
import { archiveJobs, type ArchiveJobRow } from '../../repositories/archive-jobs.repository';
import { archiveVersions } from '../../repositories/archive-version.repository';
import { auditRepository } from '../../repositories/audit.repository';
import { holdsRepository } from '../../repositories/holds.repository';
import { announceQueued } from '../job-updates';

/**
 * Queues the archive of an asset's versions (all whose masters are online when none are named).
 * Refused: an asset checked out by someone, under legal hold, already being archived, without
 * enough archive locations, or whose locations are unreachable or too full for the masters.
 */
export async function requestArchive(
  context: ArchiveContext,
  assetId: string,
  versionIds: string[] | null,
  policy: { policyId?: string; retentionDays: number | null; locations?: string[] | null } = { retentionDays: null },
): Promise<ArchiveJobRow> {
  const identity = requireIdentity(context);
  const { dataSource, deps } = context;
  if (!(await canChangeAsset(dataSource, context, assetId, 'editor'))) throw notFound('No such asset');
  const lock = await assetLock(dataSource, assetId);
  if (lock && lock.holder !== identity.subject)
    throw locked(
      lock,
      `The asset is checked out by ${lock.holder} until ${lock.expiresAt.toISOString()}; it can be archived once it is checked in`,
    );
  if (!policy.locations?.length && deps.locations.length < deps.copies)
    throw conflict(`Archiving needs ${deps.copies} archive locations; ${deps.locations.length} are configured`);
  let targets: ArchiveLocation[];
  try {
    targets = copyLocations(deps.locations, deps.copies, policy.locations);
  } catch (error) {
    throw conflict((error as Error).message);
  }
  const versions = await versionProjection.listForAsset(dataSource, assetId);
  const unknown = (versionIds ?? []).filter((id) => !versions.some((v) => v.versionId === id));
  if (unknown.length) throw badInput(`Not versions of this asset: ${unknown.join(', ')}`, 'versionIds');
  const bytes = versions
    .filter((v) => !versionIds || versionIds.includes(v.versionId))
    .reduce((sum, v) => sum + (v.size ?? 0), 0);
  for (const location of targets) {
    try {
      await location.assertWritable(bytes);
    } catch (error) {
      throw conflict((error as Error).message);
    }
  }
  return dataSource.transaction(async (manager) => {
    await archiveJobs.lockAsset(manager, assetId);
    const hold = await holdsRepository.active(manager, assetId);
    if (hold)
      throw conflict(
        `The asset is under legal hold (${hold.reason}); archive moves are blocked until the hold is released`,
      );
    if (await archiveJobs.unfinished(manager, assetId, 'archive'))
      throw conflict('This asset is already being archived');
    if (await archiveJobs.unfinished(manager, assetId, 'restore'))
      throw conflict('This asset is being restored; archive it once the restore has finished');
    const tiers = await archiveVersions.lockTiers(manager, assetId);
    const chosen = versions.filter(
      (v) => (!versionIds || versionIds.includes(v.versionId)) && tiers.get(v.versionId) === 'HOT' && v.sha256,
    );
    if (!chosen.length) throw conflict('No master of this asset is on the online tier: there is nothing to archive');
    const actor = actorOf(identity);
    const payload = {
      versionIds: chosen.map((v) => v.versionId),
      requestedBy: identity.subject,
      workspaceId: identity.workspaceId,
      policyId: policy.policyId ?? null,
      retentionDays: policy.retentionDays,
      locations: policy.locations?.length ? policy.locations : null,
    };
    const job = await archiveQueue.enqueue(
      manager,
      { kind: 'archive', key: `${assetId}:${uuidv7()}`, payload, columns: { asset_id: assetId } },
      actor,
    );
    await auditRepository.append(manager, {
      assetId,
      actor: identity.subject,
      action: 'archive requested',
      detail: { jobId: job.id, versions: chosen.map((v) => v.number) },
    });
    await announceQueued(manager, job as unknown as ArchiveJobRow);
    return job as unknown as ArchiveJobRow;
  });
}
