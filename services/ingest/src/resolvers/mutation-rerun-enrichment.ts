import { canChangeAsset } from '@mam/asset-access';
import { actorOf, badInput, isUuid, notFound, requireIdentity } from '@mam/graphql';
import type { IngestContext } from '../context';
import { isEnrichmentKind, type EnrichmentKind } from '../domain/enrichment/plan-enrichment';
import { requestJob } from '../domain/request-job';
import { enrichmentQueue } from '../jobs/enrichment-queue';
import { enrichmentJobsRepository } from '../repositories/enrichment-jobs.repository';
import { uploadsRepository } from '../repositories/uploads.repository';
import { toEnrichmentJob } from './enrichment';

/** Queues a version's enrichment again, each kind with its attempts reset (editors and admins of the asset). */
export async function rerunEnrichment(
  _root: unknown,
  args: { versionId: string; kinds?: string[] | null },
  context: IngestContext,
) {
  const identity = requireIdentity(context);
  const upload = isUuid(args.versionId)
    ? await uploadsRepository.findByVersion(context.dataSource, args.versionId)
    : undefined;
  if (!upload || !(await canChangeAsset(context.dataSource, context, upload.asset_id, 'editor')))
    throw notFound('No such version', { versionId: args.versionId });
  const existing = await enrichmentJobsRepository.forVersion(context.dataSource, upload.version_id);
  const asked = args.kinds?.length
    ? [...new Set(args.kinds.map((kind) => kind.toLowerCase()))]
    : existing.map((job) => job.kind);
  const unknown = asked.filter((kind) => !isEnrichmentKind(kind));
  if (unknown.length) throw badInput(`No such enrichment: ${unknown.join(', ')}`, 'kinds');
  if (asked.length === 0) throw badInput('The version has no enrichment to run again', 'kinds');
  await context.dataSource.transaction(async (manager) => {
    for (const kind of asked as EnrichmentKind[]) {
      const job = existing.find((row) => row.kind === kind);
      if (job) await enrichmentQueue.repository.resetAttempts(manager, job.id);
      await requestJob(
        enrichmentQueue,
        manager,
        { assetId: upload.asset_id, versionId: upload.version_id, kind },
        actorOf(identity),
      );
    }
  });
  const jobs = await enrichmentJobsRepository.forVersion(context.dataSource, upload.version_id);
  return jobs.filter((job) => asked.includes(job.kind)).map(toEnrichmentJob);
}
