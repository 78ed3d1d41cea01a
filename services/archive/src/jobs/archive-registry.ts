import { defineJobRegistry, type JobHandler } from '@mam/jobs';
import { isMediaError } from '@mam/media';
import { PermanentArchiveError, type ArchiveDeps } from '../domain/archive-deps';
import { archiveAsset } from '../domain/archive/archive-asset';
import { restoreFailed, restoreVersions } from '../domain/restore/restore-versions';
import { restoreSubclip } from '../domain/restore/restore-subclip';
import { auditRepository } from '../repositories/audit.repository';
import type { ArchiveJobRow } from '../repositories/archive-jobs.repository';
import { jobAnnouncements } from '../domain/job-updates';
import type { EntityManager } from '@mam/db';

const classify = (error: unknown) =>
  error instanceof PermanentArchiveError || isMediaError(error) ? ('permanent' as const) : ('retry' as const);

/** Archive's job kinds: `archive` writes and verifies the bags, `restore` brings masters back, `subclip` cuts a range. */
export function archiveJobRegistry(deps: ArchiveDeps) {
  const handler = (
    run: JobHandler<ArchiveJobRow>['run'],
    failed: (manager: EntityManager, job: ArchiveJobRow, reason: string) => Promise<void>,
  ): JobHandler<ArchiveJobRow> => ({
    ...jobAnnouncements,
    run,
    async failed(manager, job, reason) {
      await failed(manager, job, reason);
      await jobAnnouncements.failed(manager, job, reason);
    },
    classify,
  });
  const auditFailure = (action: string) => (manager: EntityManager, job: ArchiveJobRow, reason: string) =>
    auditRepository.append(manager, {
      assetId: job.asset_id,
      actor: job.payload.requestedBy ?? 'archive',
      action,
      detail: { reason },
    });
  const archive = handler((job, run) => archiveAsset(deps, job, run), auditFailure('archive failed'));
  const restore = handler((job, run) => restoreVersions(deps, job, run), restoreFailed);
  const subclip = handler((job, run) => restoreSubclip(deps, job, run), auditFailure('subclip failed'));
  return defineJobRegistry<ArchiveJobRow>({ archive, restore, subclip });
}
