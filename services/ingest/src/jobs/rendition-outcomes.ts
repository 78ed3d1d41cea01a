import { RenditionFailedSchema, RenditionReadySchema, TOPICS } from '@mam/proto';
import type { EntityManager } from '@mam/db';
import { appendToOutbox } from '@mam/events';
import type { JobOutcomeHooks } from '@mam/jobs';
import { isMediaError, isNotApplicable } from '@mam/media';
import { announceProgress, progressUpdate } from '../domain/progress';
import { SYSTEM_ACTOR } from '../domain/request-job';
import { settleVersion } from '../domain/settle-version';
import type { RenditionJobRow, RenditionOutput } from '../repositories/rendition-jobs.repository';
import { uploadsRepository } from '../repositories/uploads.repository';

type Db = Pick<EntityManager, 'query'>;

async function workspaceOf(db: Db, job: RenditionJobRow): Promise<string> {
  return (await uploadsRepository.findByVersion(db, job.version_id))?.workspace_id ?? '';
}

/**
 * What ingest does as its jobs move: progress goes to live subscribers (ingestProgress), a made
 * rendition or a failure is announced on the upload topic, and the asset's status settles once
 * every job of its version has finished. Media that cannot be rendered fails at once; a rendition
 * that does not apply to the media is skipped with the reason.
 */
export const renditionOutcomes: JobOutcomeHooks<RenditionJobRow> = {
  started: (db, job) => announceProgress(db, progressUpdate(job, 'running', 0)),
  progressed: (db, job, progress) => announceProgress(db, progressUpdate(job, 'running', progress)),
  async ready(manager, job, made) {
    const output = made as RenditionOutput | null;
    await announceProgress(manager, progressUpdate(job, 'ready', 1));
    if (job.kind === 'ingest' || !output) return;
    await appendToOutbox(manager, TOPICS.ingestUpload, {
      type: 'rendition.ready',
      aggregateId: job.asset_id,
      actor: SYSTEM_ACTOR,
      schema: RenditionReadySchema,
      payload: {
        jobId: job.id,
        assetId: job.asset_id,
        versionId: job.version_id,
        workspaceId: await workspaceOf(manager, job),
        kind: job.kind,
        storageKey: output.key,
        width: output.width ?? 0,
        height: output.height ?? 0,
        durationSeconds: output.durationSeconds ?? 0,
      },
    });
    await settleVersion(manager, job.asset_id, job.version_id);
  },
  async skipped(manager, job, reason) {
    await announceProgress(manager, progressUpdate(job, 'skipped', 1, reason));
    await settleVersion(manager, job.asset_id, job.version_id);
  },
  async failed(manager, job, reason) {
    await announceProgress(manager, progressUpdate(job, 'failed', 0, reason));
    await appendToOutbox(manager, TOPICS.ingestUpload, {
      type: 'rendition.failed',
      aggregateId: job.asset_id,
      actor: SYSTEM_ACTOR,
      schema: RenditionFailedSchema,
      payload: {
        jobId: job.id,
        assetId: job.asset_id,
        versionId: job.version_id,
        workspaceId: await workspaceOf(manager, job),
        kind: job.kind,
        reason,
        attempts: job.attempts,
      },
    });
    await settleVersion(manager, job.asset_id, job.version_id);
  },
  classify: (error) => (isNotApplicable(error) ? 'skip' : isMediaError(error) ? 'permanent' : 'retry'),
};
