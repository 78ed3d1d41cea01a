import { actorOf, badInput, forbidden, isUuid, notFound } from '@mam/graphql';
import { timestampFromDate } from '@bufbuild/protobuf/wkt';
import { appendToOutbox } from '@mam/events';
import { TOPICS, VersionApprovedSchema, VersionChangesRequestedSchema } from '@mam/proto';
import type { EntityManager } from 'typeorm';
import type { ReviewContext } from '../../context';
import { reviewsRepository, type DecisionRow, type ReviewRow } from '../../repositories/reviews.repository';
import { versionReviews } from '../../repositories/version-review.repository';
import { recordAudit } from '../audit/record-audit';
import { announce } from '../live-updates';
import { versionFor, viewerOf, type Viewer } from '../viewer';
import { statusUnderPolicy, type Decision, type VersionStatus } from './review-policy';
import { reviewerKeyOf } from './reviewer-key';

export const MAX_NOTE = 10_000;

/** The version's status under the review's policy, from each named reviewer's latest decision. */
export async function versionStatusIn(
  manager: Pick<EntityManager, 'query'>,
  review: ReviewRow,
  versionId: string,
): Promise<VersionStatus> {
  const reviewers = (await reviewsRepository.reviewers(manager, review.id)).map((r) => r.reviewer);
  const latest = new Map<string, Decision>();
  for (const d of await reviewsRepository.decisions(manager, review.id, versionId)) latest.set(d.reviewer, d.decision);
  return statusUnderPolicy(review.policy, review.quorum, reviewers, latest);
}

async function emitStatusEvent(
  manager: EntityManager,
  viewer: Viewer,
  review: ReviewRow,
  decision: DecisionRow,
  status: VersionStatus,
): Promise<void> {
  const common = {
    assetId: decision.assetId,
    versionId: decision.versionId,
    workspaceId: review.workspaceId,
    reviewId: review.id,
    decidedBy: viewer.subject,
    note: decision.note,
    decidedAt: timestampFromDate(decision.decidedAt),
  };
  const actor = actorOf(viewer.identity);
  if (status === 'APPROVED') {
    await appendToOutbox(manager, TOPICS.reviewVersion, {
      type: 'version.approved',
      aggregateId: decision.assetId,
      actor,
      schema: VersionApprovedSchema,
      payload: common,
    });
  } else if (status === 'CHANGES_REQUESTED' || status === 'REJECTED') {
    await appendToOutbox(manager, TOPICS.reviewVersion, {
      type: 'version.changes-requested',
      aggregateId: decision.assetId,
      actor,
      schema: VersionChangesRequestedSchema,
      payload: { ...common, rejected: status === 'REJECTED' },
    });
  }
}

/**
 * A named reviewer's decision on one version of a review. Earlier decisions stay (the latest per
 * reviewer counts); the version's status follows the review's policy, and a change to APPROVED,
 * CHANGES_REQUESTED or REJECTED is published for distribution, all in one transaction.
 */
export async function decideVersion(
  context: ReviewContext,
  input: { reviewId: string; versionId: string; decision: Decision; note?: string | null },
): Promise<{ decision: DecisionRow; status: VersionStatus }> {
  const viewer = await viewerOf(context);
  const note = (input.note ?? '').trim();
  if (note.length > MAX_NOTE) throw badInput(`A note is at most ${MAX_NOTE} characters`, 'note');
  const version = await versionFor(context, viewer, input.versionId, 'APPROVE');
  const review = isUuid(input.reviewId) ? await reviewsRepository.find(context.dataSource, input.reviewId) : null;
  if (!review || review.workspaceId !== viewer.workspaceId) throw notFound(`No review ${input.reviewId}`);
  if (viewer.kind === 'guest' && viewer.link.reviewId && viewer.link.reviewId !== review.id)
    throw notFound(`No review ${input.reviewId}`);
  if (!(await reviewsRepository.includesAsset(context.dataSource, review, version.assetId)))
    throw notFound(`Version ${input.versionId} is not part of review ${review.id}`);
  const reviewer = reviewerKeyOf(viewer);
  const named = (await reviewsRepository.reviewers(context.dataSource, review.id)).some((r) => r.reviewer === reviewer);
  if (!named) throw forbidden('Only the reviewers named on the review can decide');
  return context.dataSource.transaction(async (manager) => {
    await reviewsRepository.lockVersion(manager, review.id, version.versionId);
    const decision = await reviewsRepository.insertDecision(manager, {
      reviewId: review.id,
      versionId: version.versionId,
      assetId: version.assetId,
      reviewer,
      decidedBy: viewer.subject,
      decision: input.decision,
      note,
    });
    const status = await versionStatusIn(manager, review, version.versionId);
    const before = await versionReviews.setStatus(manager, version.versionId, status);
    if (before !== status) await emitStatusEvent(manager, viewer, review, decision, status);
    await recordAudit(manager, viewer, {
      action: 'decision.recorded',
      assetId: version.assetId,
      reviewId: review.id,
      versionId: version.versionId,
      details: { decision: input.decision, note, status },
    });
    await announce(manager, {
      kind: 'activity',
      type: 'DECISION',
      workspaceId: review.workspaceId,
      assetId: version.assetId,
      versionId: version.versionId,
      reviewIds: [review.id],
      commentId: null,
      internal: false,
      actor: viewer.subject,
      actorName: viewer.name,
      frame: null,
      decision: input.decision,
      status,
      at: new Date().toISOString(),
    });
    return { decision, status };
  });
}
