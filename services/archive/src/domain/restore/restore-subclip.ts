import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { JobRunContext } from '@mam/jobs';
import { makeSubclip } from '@mam/media';
import { hashStream } from '../../bag/stream-to-sinks';
import { createReadStream } from 'node:fs';
import type { ArchiveJobRow } from '../../repositories/archive-jobs.repository';
import { versionProjection } from '@mam/versions';
import { PermanentArchiveError, type ArchiveDeps } from '../archive-deps';
import { fetchMaster, recordRestored } from './restore-versions';

export interface RestoredSubclip {
  versionId: string;
  storageKey: string;
  sha256: string;
  startTimecode: string;
  frameCount: number;
}

/** Where a subclip lands on the online tier: deterministic, so a retry overwrites it. */
export const subclipKey = (assetId: string, versionId: string, startFrame: number, frameCount: number) =>
  `restores/${assetId}/${versionId}/subclip-${startFrame}-${frameCount}.mov`;

/**
 * Restores a time range of a version as a frame-accurate subclip with its timecode: the master
 * is read from the online tier when it is there, else fetched from an archive copy and verified
 * against its recorded sha256; packages/media cuts exactly the requested frames.
 */
export async function restoreSubclip(
  deps: ArchiveDeps,
  job: ArchiveJobRow,
  run: JobRunContext,
): Promise<RestoredSubclip> {
  const { versionId, startTimecode, endTimecode } = job.payload;
  if (!versionId || !startTimecode || !endTimecode)
    throw new PermanentArchiveError('a subclip job needs a version and a time range');
  const version = await versionProjection.find(deps.dataSource, versionId);
  if (!version?.masterKey) throw new PermanentArchiveError('this version has no master');
  const fetched = join(deps.incomingDir, `${job.id}-master`);
  const output = join(deps.incomingDir, `${job.id}-subclip.mov`);
  try {
    let source = deps.online.localPath(version.masterKey);
    if (!(await deps.online.stat(version.masterKey))) {
      await fetchMaster(deps, job, versionId, fetched, { signal: run.signal, progress: (f) => run.progress(f / 2) });
      source = fetched;
    }
    const clip = await makeSubclip(
      source,
      output,
      { startTimecode, endTimecode },
      { signal: run.signal, onProgress: (f) => run.progress(0.5 + f / 2) },
    );
    const { sha256 } = await hashStream(createReadStream(output), run.signal);
    const storageKey = subclipKey(job.asset_id, versionId, clip.startFrame, clip.frameCount);
    await deps.online.importFile(storageKey, output);
    const restored = { versionId, storageKey, sha256, startTimecode: clip.startTimecode, frameCount: clip.frameCount };
    await deps.dataSource.transaction((manager) => recordRestored(manager, job, restored));
    return restored;
  } finally {
    await rm(fetched, { force: true });
    await rm(output, { force: true });
  }
}
