import { canChangeAsset } from '@mam/asset-access';
import { actorOf, isUuid, requireWriter } from '@mam/graphql';
import type { IngestContext } from '../context';
import { requestRendition } from '../domain/request-rendition';
import { renditionJobsRepository } from '../repositories/rendition-jobs.repository';
import { toRendition } from './rendition';

/** Queues a rendition again (a retry overwrites its previous output). */
export async function retryRendition(_root: unknown, args: { id: string }, context: IngestContext) {
  const identity = requireWriter(context);
  const job = isUuid(args.id) ? await renditionJobsRepository.find(context.dataSource, args.id) : undefined;
  if (!job || !(await canChangeAsset(context.dataSource, context, job.asset_id, 'editor'))) return null;
  await context.dataSource.transaction(async (manager) => {
    await manager.query(`UPDATE rendition_jobs SET attempts = 0 WHERE id = $1`, [job.id]);
    await manager.query(`UPDATE ingest_assets SET ingest_status = 'PROCESSING', status_reason = NULL, updated_at = now() WHERE asset_id = $1`, [job.asset_id]);
    await requestRendition(manager, { assetId: job.asset_id, versionId: job.version_id, kind: job.kind }, actorOf(identity));
  });
  return toRendition((await renditionJobsRepository.find(context.dataSource, job.id))!, context.config);
}
