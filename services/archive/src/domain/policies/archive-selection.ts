import { assetRole } from '@mam/asset-access';
import { atLeast, badInput, conflict, isUuid, requireIdentity } from '@mam/graphql';
import type { ArchiveContext } from '../../context';
import type { ArchiveJobRow } from '../../repositories/archive-jobs.repository';
import { holdsRepository } from '../../repositories/holds.repository';
import { policiesRepository, type PolicyRow } from '../../repositories/policies.repository';
import { requestArchive } from '../archive/request-archive';

export interface Selection {
  collectionId: string | null;
  olderThanDays: number | null;
  metadataField?: string | null;
  metadataValue?: unknown;
  daysAfterDelivery?: number | null;
  policyId?: string;
  retentionDays?: number | null;
  locations?: string[] | null;
}

export interface ArchivePlan {
  dryRun: boolean;
  assets: { assetId: string; title: string | null; versionIds: string[]; bytes: number }[];
  totalBytes: number;
  blocked: { assetId: string; title: string | null; reason: string }[];
  jobs: ArchiveJobRow[];
}

/**
 * What a selection (a collection: a manual one's members or what a saved search finds now; an
 * age; or a policy's) would move and how many bytes; unless a
 * dry run, queues the archive of each asset it may (an asset under legal hold, checked out or
 * already being archived is listed as blocked with the reason, and the rest go on).
 */
export async function planArchive(
  context: ArchiveContext,
  selection: Selection,
  dryRun: boolean,
): Promise<ArchivePlan> {
  const identity = requireIdentity(context);
  if (selection.collectionId !== null && !isUuid(selection.collectionId))
    throw badInput('Not a collection id', 'collectionId');
  if (
    selection.collectionId === null &&
    selection.olderThanDays === null &&
    !selection.metadataField &&
    selection.daysAfterDelivery == null
  )
    throw badInput('A selection needs a collection, an age, a metadata value or days after delivery', 'collectionId');
  const assetIds =
    selection.collectionId === null
      ? null
      : (await context.deps.collectionMembers(identity, selection.collectionId)).map((member) => member.assetId);
  const candidates = await policiesRepository.candidates(context.dataSource, {
    workspaceId: identity.workspaceId,
    ...selection,
    assetIds,
  });
  const plan: ArchivePlan = { dryRun, assets: [], totalBytes: 0, blocked: [], jobs: [] };
  for (const candidate of candidates) {
    const role = await assetRole(context.dataSource, context, candidate.asset_id);
    if (!role) continue;
    const title = candidate.title;
    if (!atLeast(role, 'editor')) {
      plan.blocked.push({
        assetId: candidate.asset_id,
        title,
        reason: `needs the editor role on the asset; you have ${role}`,
      });
      continue;
    }
    const hold = await holdsRepository.active(context.dataSource, candidate.asset_id);
    if (hold) {
      plan.blocked.push({ assetId: candidate.asset_id, title, reason: `under legal hold (${hold.reason})` });
      continue;
    }
    if (!dryRun) {
      try {
        plan.jobs.push(
          await requestArchive(context, candidate.asset_id, candidate.version_ids, {
            policyId: selection.policyId,
            retentionDays: selection.retentionDays ?? null,
            locations: selection.locations ?? null,
          }),
        );
      } catch (error) {
        plan.blocked.push({ assetId: candidate.asset_id, title, reason: (error as Error).message });
        continue;
      }
    }
    plan.assets.push({
      assetId: candidate.asset_id,
      title,
      versionIds: candidate.version_ids,
      bytes: Number(candidate.bytes),
    });
    plan.totalBytes += Number(candidate.bytes);
  }
  return plan;
}

/** Runs (or dry-runs) a saved policy of the caller's workspace. */
export async function runPolicy(context: ArchiveContext, policyId: string, dryRun: boolean): Promise<ArchivePlan> {
  const identity = requireIdentity(context);
  const policy = isUuid(policyId)
    ? await policiesRepository.find(context.dataSource, identity.workspaceId, policyId)
    : null;
  if (!policy) throw conflict('No such archive policy in this workspace');
  return planPolicy(context, policy, dryRun);
}

/** What a policy selects, planned (or queued) as the context's caller. */
export function planPolicy(context: ArchiveContext, policy: PolicyRow, dryRun: boolean): Promise<ArchivePlan> {
  return planArchive(
    context,
    {
      collectionId: policy.collection_id,
      olderThanDays: policy.older_than_days,
      metadataField: policy.metadata_field,
      metadataValue: policy.metadata_value,
      daysAfterDelivery: policy.days_after_delivery,
      policyId: policy.id,
      retentionDays: policy.retention_days,
      locations: policy.locations,
    },
    dryRun,
  );
}
