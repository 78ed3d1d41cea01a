import { canChangeAsset } from '@mam/asset-access';
import { actorOf, badInput, conflict, notFound, requireIdentity } from '@mam/graphql';
import { parsePositiveRational } from '@mam/media';
import { framesToTimecode, timecodeToFrames } from '@mam/timecode';
import { versionProjection, visibleVersion } from '@mam/versions';
import type { ArchiveContext } from '../../context';
import { archiveQueue } from '../../jobs/archive-queue';
import { archiveJobs, type ArchiveJobRow } from '../../repositories/archive-jobs.repository';
import { archiveAssets } from '../../repositories/archive-assets.repository';
import { archiveVersions } from '../../repositories/archive-version.repository';
import { auditRepository } from '../../repositories/audit.repository';
import { packagesRepository } from '../../repositories/packages.repository';
import { announceQueued } from '../job-updates';

/**
 * Queues the restore of an asset's archived masters (or one version's) to the online tier; the
 * versions show RESTORING until it is done. The same restore requested again while it runs is refused.
 */
export async function requestRestore(
  context: ArchiveContext,
  assetId: string,
  versionId: string | null,
): Promise<ArchiveJobRow> {
  const identity = requireIdentity(context);
  const { dataSource } = context;
  if (!(await canChangeAsset(dataSource, context, assetId, 'editor'))) throw notFound('No such asset');
  const versions = await versionProjection.listForAsset(dataSource, assetId);
  if (versionId && !versions.some((v) => v.versionId === versionId))
    throw badInput('Not a version of this asset', 'versionId');
  return dataSource.transaction(async (manager) => {
    await archiveJobs.lockAsset(manager, assetId);
    const key = `${assetId}:${versionId ?? 'all'}`;
    if (await archiveJobs.unfinished(manager, assetId, 'restore', key))
      throw conflict('This restore is already running');
    const tiers = await archiveVersions.lockTiers(manager, assetId);
    const targets = versions.filter((v) => !versionId || v.versionId === versionId);
    if (targets.some((v) => tiers.get(v.versionId) === 'RESTORING')) throw conflict('This restore is already running');
    const cold = targets.filter((v) => tiers.get(v.versionId) === 'COLD');
    if (!cold.length) throw conflict('Nothing to restore: the master is on the online tier');
    await archiveVersions.setTier(
      manager,
      cold.map((v) => v.versionId),
      'RESTORING',
    );
    await archiveAssets.settleTier(manager, assetId);
    const payload = {
      versionIds: cold.map((v) => v.versionId),
      requestedBy: identity.subject,
      workspaceId: identity.workspaceId,
    };
    const job = await archiveQueue.enqueue(
      manager,
      { kind: 'restore', key, payload, columns: { asset_id: assetId } },
      actorOf(identity),
    );
    await auditRepository.append(manager, {
      assetId,
      actor: identity.subject,
      action: 'restore requested',
      detail: { jobId: job.id, versions: cold.map((v) => v.number) },
    });
    await announceQueued(manager, job as unknown as ArchiveJobRow);
    return job as unknown as ArchiveJobRow;
  });
}

/**
 * Queues a frame-accurate subclip of a version, from `startTimecode` up to (not including)
 * `endTimecode`. Refused when the timecodes are not timecodes at the media's rate, the range is
 * empty or longer than the media, or the same subclip is being made.
 */
export async function requestSubclip(
  context: ArchiveContext,
  input: { versionId: string; startTimecode: string; endTimecode: string },
): Promise<ArchiveJobRow> {
  const identity = requireIdentity(context);
  const { dataSource } = context;
  const version = await visibleVersion(dataSource, context, input.versionId);
  if (!version) throw notFound('No such version');
  if (!(await canChangeAsset(dataSource, context, version.assetId, 'editor'))) throw notFound('No such version');
  const rate = parsePositiveRational(version.media?.frameRate);
  if (!rate || !version.media?.durationSeconds)
    throw badInput('A subclip needs a video with a known frame rate', 'versionId');
  const frames = (field: 'startTimecode' | 'endTimecode') => {
    try {
      return timecodeToFrames(input[field], rate);
    } catch (error) {
      throw badInput((error as Error).message, field);
    }
  };
  const count = frames('endTimecode') - frames('startTimecode');
  const total = Math.round(version.media.durationSeconds * (rate.num / rate.den));
  if (count <= 0) throw badInput('The end timecode must come after the start timecode', 'endTimecode');
  if (count > total)
    throw badInput(
      `The range is ${framesToTimecode(count, rate)} long; the media has only ${framesToTimecode(total, rate)}`,
      'endTimecode',
    );
  if (
    !(await packagesRepository.masterOf(dataSource, version.versionId)) &&
    (await archiveVersions.storageTier(dataSource, version.versionId)) !== 'HOT'
  )
    throw conflict('This version has no master to cut from');
  return dataSource.transaction(async (manager) => {
    await archiveJobs.lockAsset(manager, version.assetId);
    const key = `${version.versionId}:${input.startTimecode}-${input.endTimecode}`;
    if (await archiveJobs.unfinished(manager, version.assetId, 'subclip', key))
      throw conflict('This subclip restore is already running');
    const payload = {
      versionId: version.versionId,
      startTimecode: input.startTimecode,
      endTimecode: input.endTimecode,
      requestedBy: identity.subject,
      workspaceId: identity.workspaceId,
    };
    const job = await archiveQueue.enqueue(
      manager,
      { kind: 'subclip', key, payload, columns: { asset_id: version.assetId } },
      actorOf(identity),
    );
    await auditRepository.append(manager, {
      assetId: version.assetId,
      actor: identity.subject,
      action: 'subclip requested',
      detail: {
        jobId: job.id,
        versionId: version.versionId,
        startTimecode: input.startTimecode,
        endTimecode: input.endTimecode,
      },
    });
    await announceQueued(manager, job as unknown as ArchiveJobRow);
    return job as unknown as ArchiveJobRow;
  });
}
