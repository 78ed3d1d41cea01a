import { defineJobRegistry, type JobHandler } from '@mam/jobs';
import { isMediaError } from '@mam/media';
import { PermanentArchiveError, type ArchiveDeps } from '../domain/archive-deps';
import { archiveAsset } from '../domain/archive/archive-asset';
import { restoreFailed, restoreVersions } from '../domain/restore/restore-versions';
import { restoreSubclip } from '../domain/restore/restore-subclip';
import { auditRepository } from '../repositories/audit.repository';
import type { ArchiveJobRow } from '../repositories/archive-jobs.repository';

const classify = (error: unknown) => (error instanceof PermanentArchiveError || isMediaError(error) ? ('permanent' as const) : ('retry' as const));

/** Archive's job kinds: `archive` writes and verifies the bags, `restore` brings masters back, `subclip` cuts a range. */
export function archiveJobRegistry(deps: ArchiveDeps) {
  const archive: JobHandler<ArchiveJobRow> = {
    run: (job, run) => archiveAsset(deps, job, run),
    failed: (manager, job, reason) => auditRepository.append(manager, { assetId: job.asset_id, actor: job.payload.requestedBy ?? 'archive', action: 'archive failed', detail: { reason } }),
    classify,
  };
  const restore: JobHandler<ArchiveJobRow> = { run: (job, run) => restoreVersions(deps, job, run), failed: restoreFailed, classify };
  const subclip: JobHandler<ArchiveJobRow> = {
    run: (job, run) => restoreSubclip(deps, job, run),
    failed: (manager, job, reason) => auditRepository.append(manager, { assetId: job.asset_id, actor: job.payload.requestedBy ?? 'archive', action: 'subclip failed', detail: { reason } }),
    classify,
  };
  return defineJobRegistry<ArchiveJobRow>({ archive, restore, subclip });
}
