import { createHash } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { timestampNow } from '@bufbuild/protobuf/wkt';
import { AssetRestoredSchema, TOPICS } from '@mam/proto';
import { appendToOutbox } from '@mam/events';
import type { EntityManager } from '@mam/db';
import type { JobRunContext } from '@mam/jobs';
import { MasterUnavailableError, versionProjection, type AssetVersionFacts } from '@mam/versions';
import { archiveAssets } from '../../repositories/archive-assets.repository';
import type { ArchiveJobRow } from '../../repositories/archive-jobs.repository';
import { archiveVersions } from '../../repositories/archive-version.repository';
import { auditRepository } from '../../repositories/audit.repository';
import { packagesRepository } from '../../repositories/packages.repository';
import { PermanentArchiveError, SYSTEM_ACTOR, type ArchiveDeps } from '../archive-deps';
import { announceWaiting } from '../job-updates';
import { fetchVerified } from './fetch-verified';

export interface RestoredFile {
  versionId: string;
  storageKey: string;
  sha256: string;
}

/** Announces a restored file and records it in the audit, in the caller's transaction. */
export async function recordRestored(
  manager: EntityManager,
  job: ArchiveJobRow,
  restored: RestoredFile & { startTimecode?: string; frameCount?: number },
): Promise<void> {
  await auditRepository.append(manager, {
    assetId: job.asset_id,
    actor: job.payload.requestedBy ?? 'archive',
    action: job.kind === 'subclip' ? 'subclip restored' : 'restored',
    detail: { ...restored },
  });
  await appendToOutbox(manager, TOPICS.archiveAsset, {
    type: 'asset.restored',
    aggregateId: job.asset_id,
    actor: SYSTEM_ACTOR,
    schema: AssetRestoredSchema,
    payload: {
      assetId: job.asset_id,
      workspaceId: job.payload.workspaceId ?? '',
      versionId: restored.versionId,
      storageKey: restored.storageKey,
      sha256: restored.sha256,
      startTimecode: restored.startTimecode ?? '',
      frameCount: BigInt(restored.frameCount ?? 0),
      restoredAt: timestampNow(),
    },
  });
}

/** Brings one version's master from its archive package to a local file, verified against the sha256 recorded at ingest. */
export async function fetchMaster(
  deps: ArchiveDeps,
  job: ArchiveJobRow,
  versionId: string,
  target: string,
  run: JobRunContext,
): Promise<{ masterKey: string; sha256: string }> {
  const version = await versionProjection.find(deps.dataSource, versionId);
  const master = await packagesRepository.masterOf(deps.dataSource, versionId);
  if (!version?.masterKey || !version.sha256 || !master)
    throw new PermanentArchiveError('this version has no archived master');
  if (master.sha256 !== version.sha256)
    throw new PermanentArchiveError('the archived master was recorded with another sha256 than the version');
  const copies = await packagesRepository.copiesOfPackage(deps.dataSource, master.packageId);
  let done = 0;
  await fetchVerified(deps.locations, copies, master, target, {
    signal: run.signal,
    onBytes: (bytes) => run.progress((done += bytes) / Math.max(1, master.size)),
    onWaiting: (locations) =>
      announceWaiting(
        deps.dataSource,
        job,
        `waiting for the cold tier of ${locations.join(', ')} to restore ${master.path}`,
      ),
  });
  return { masterKey: version.masterKey, sha256: version.sha256 };
}

/**
 * Restores whole masters to the online tier: each is copied from a good archive copy to the
 * online volume, verified against its recorded sha256, and moved under its master key (a
 * rename); then the version is HOT again and `asset.restored` is announced.
 */
export async function restoreVersions(
  deps: ArchiveDeps,
  job: ArchiveJobRow,
  run: JobRunContext,
): Promise<RestoredFile[]> {
  const restored: RestoredFile[] = [];
  for (const versionId of job.payload.versionIds ?? []) {
    const version = await versionProjection.find(deps.dataSource, versionId);
    if (version && !version.masterKey && version.sha256) {
      const file = await confirmAtSource(deps, version, run);
      await deps.dataSource.transaction(async (manager) => {
        await archiveVersions.setTier(manager, [versionId], 'HOT');
        await archiveAssets.settleTier(manager, job.asset_id);
        await recordRestored(manager, job, file);
      });
      restored.push(file);
      continue;
    }
    const incoming = join(deps.incomingDir, `${job.id}-${versionId}`);
    try {
      const { masterKey, sha256 } = await fetchMaster(deps, job, versionId, incoming, run);
      await deps.online.importFile(masterKey, incoming);
      const file = { versionId, storageKey: masterKey, sha256 };
      await deps.dataSource.transaction(async (manager) => {
        await archiveVersions.setTier(manager, [versionId], 'HOT');
        await archiveAssets.settleTier(manager, job.asset_id);
        await recordRestored(manager, job, file);
      });
      restored.push(file);
    } finally {
      await rm(incoming, { force: true });
    }
  }
  return restored;
}

/**
 * A master ingested in place never left its storage source (archive copies it, never removes it):
 * restoring it is reading it there through ingest, whole, against the sha256 recorded at ingest.
 * Fails for good, saying so, when the source no longer holds it as it was.
 */
async function confirmAtSource(
  deps: ArchiveDeps,
  version: AssetVersionFacts,
  run: JobRunContext,
): Promise<RestoredFile> {
  const hash = createHash('sha256');
  let read = 0;
  try {
    for await (const chunk of await deps.masters.open(version, run.signal)) {
      hash.update(chunk as Buffer);
      read += (chunk as Buffer).length;
      run.progress(read / Math.max(1, version.size ?? read));
    }
  } catch (error) {
    if (error instanceof MasterUnavailableError && error.status !== 502)
      throw new PermanentArchiveError(
        `the master was ingested in place and is not at its storage source as it was (${error.message}); its archived copy stays in the package`,
      );
    throw error;
  }
  const sha256 = hash.digest('hex');
  if (sha256 !== version.sha256)
    throw new PermanentArchiveError(
      'the master ingested in place changed at its storage source (its sha256 differs from the one recorded); its archived copy stays in the package',
    );
  return { versionId: version.versionId, storageKey: '', sha256 };
}

/** A restore that failed for good leaves its versions archived (COLD), as they were. */
export async function restoreFailed(manager: EntityManager, job: ArchiveJobRow, reason: string): Promise<void> {
  const restoring = [...(await archiveVersions.lockTiers(manager, job.asset_id)).entries()]
    .filter(([id, tier]) => tier === 'RESTORING' && (job.payload.versionIds ?? []).includes(id))
    .map(([id]) => id);
  await archiveVersions.setTier(manager, restoring, 'COLD');
  await archiveAssets.settleTier(manager, job.asset_id);
  await auditRepository.append(manager, {
    assetId: job.asset_id,
    actor: job.payload.requestedBy ?? 'archive',
    action: `${job.kind} failed`,
    detail: { reason },
  });
}
