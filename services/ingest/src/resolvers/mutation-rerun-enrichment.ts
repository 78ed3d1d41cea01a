import { canChangeAsset, createCollectionMembers } from '@mam/asset-access';
import { badInput, isUuid, notFound, requireIdentity } from '@mam/graphql';
import type { IngestContext } from '../context';
import { askedKinds, rerunVersionEnrichment } from '../domain/enrichment/rerun-enrichment';
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
  const jobs = await rerunVersionEnrichment(context.dataSource, identity, upload, askedKinds(args.kinds));
  return jobs.map(toEnrichmentJob);
}

/**
 * Queues enrichment again for the current version of every asset of a collection (a manual one's
 * members, or what a saved search finds now) that the caller may change; the others are listed
 * with the reason. The collection is read from assets on the caller's behalf.
 */
export async function rerunCollectionEnrichment(
  _root: unknown,
  args: { collectionId: string; kinds?: string[] | null },
  context: IngestContext,
) {
  const identity = requireIdentity(context);
  if (!isUuid(args.collectionId)) throw badInput('Not a collection id', 'collectionId');
  const kinds = askedKinds(args.kinds);
  const members = await createCollectionMembers({
    assetsUrl: context.config.ASSETS_URL,
    gatewaySecret: context.config.GATEWAY_SIGNING_SECRET,
  })(identity, args.collectionId);
  const outcome = { assets: 0, jobs: [] as ReturnType<typeof toEnrichmentJob>[], skipped: [] as object[] };
  for (const member of members) {
    const skip = (reason: string) => void outcome.skipped.push({ assetId: member.assetId, reason });
    const upload = member.currentVersionId
      ? await uploadsRepository.findByVersion(context.dataSource, member.currentVersionId)
      : undefined;
    if (!upload) {
      skip('it has no version yet');
      continue;
    }
    try {
      // Not visible: left out without a word (as if not there); visible without the role: says so.
      if (!(await canChangeAsset(context.dataSource, context, upload.asset_id, 'editor'))) continue;
      const jobs = await rerunVersionEnrichment(context.dataSource, identity, upload, kinds);
      outcome.assets += 1;
      outcome.jobs.push(...jobs.map(toEnrichmentJob));
    } catch (error) {
      skip((error as Error).message);
    }
  }
  return outcome;
}
