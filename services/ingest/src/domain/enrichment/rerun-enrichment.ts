import { actorOf, badInput, type Identity } from '@mam/graphql';
import type { DataSource } from '@mam/db';
import { enrichmentQueue } from '../../jobs/enrichment-queue';
import { enrichmentJobsRepository, type EnrichmentJobRow } from '../../repositories/enrichment-jobs.repository';
import type { UploadRow } from '../../repositories/uploads.repository';
import { requestJob } from '../request-job';
import { isEnrichmentKind, type EnrichmentKind } from './plan-enrichment';

/** The kinds asked for, checked: lower-cased, each known; none given means every kind the version had. */
export function askedKinds(kinds: string[] | null | undefined): string[] | null {
  if (!kinds?.length) return null;
  const asked = [...new Set(kinds.map((kind) => kind.toLowerCase()))];
  const unknown = asked.filter((kind) => !isEnrichmentKind(kind));
  if (unknown.length) throw badInput(`No such enrichment: ${unknown.join(', ')}`, 'kinds');
  return asked;
}

/**
 * Queues a version's enrichment again, each kind with its attempts reset; `kinds` null runs every
 * kind it had. Corrections are kept (they are matched to the new segments). The caller has checked
 * that the identity may change the asset.
 */
export async function rerunVersionEnrichment(
  dataSource: DataSource,
  identity: Identity,
  upload: Pick<UploadRow, 'asset_id' | 'version_id'>,
  kinds: string[] | null,
): Promise<EnrichmentJobRow[]> {
  const existing = await enrichmentJobsRepository.forVersion(dataSource, upload.version_id);
  const asked = kinds ?? existing.map((job) => job.kind);
  if (asked.length === 0) throw badInput('The version has no enrichment to run again', 'kinds');
  await dataSource.transaction(async (manager) => {
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
  const jobs = await enrichmentJobsRepository.forVersion(dataSource, upload.version_id);
  return jobs.filter((job) => asked.includes(job.kind));
}
