import { randomUUID } from 'node:crypto';
import { assetRole } from '@mam/asset-access';
import { badInput, isUuid, notFound, requireWriter } from '@mam/graphql';
import { versionProjection } from '@mam/versions';
import type { ReviewContext } from '../../context';
import { reviewsRepository, type ReviewerRow, type ReviewRow } from '../../repositories/reviews.repository';
import { versionReviews } from '../../repositories/version-review.repository';
import { recordAudit } from '../audit/record-audit';
import { viewerOf } from '../viewer';
import type { ApprovalPolicy } from './review-policy';
import { guestReviewer, memberReviewer } from './reviewer-key';

export interface CreateReviewInput {
  title: string;
  assetIds?: string[] | null;
  collectionId?: string | null;
  reviewers: { subject?: string | null; email?: string | null }[];
  dueAt?: string | null;
  policy: ApprovalPolicy;
  quorum?: number | null;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function readReviewers(input: CreateReviewInput['reviewers']): ReviewerRow[] {
  if (!input.length) throw badInput('Name at least one reviewer', 'reviewers');
  if (input.length > 200) throw badInput('A review names at most 200 reviewers', 'reviewers');
  const rows = input.map((r, i): ReviewerRow => {
    const field = `reviewers.${i}`;
    if (Boolean(r.subject) === Boolean(r.email))
      throw badInput('Name a reviewer either as a member (subject) or as a guest (email)', field);
    if (r.email && !EMAIL.test(r.email.trim()))
      throw badInput(`"${r.email}" is not an email address`, `${field}.email`);
    return r.subject
      ? { reviewer: memberReviewer(r.subject.trim()), kind: 'MEMBER' }
      : { reviewer: guestReviewer(r.email!), kind: 'GUEST' };
  });
  return [...new Map(rows.map((r) => [r.reviewer, r])).values()];
}

/**
 * Opens a review of assets (named, or every asset of a collection) for named reviewers with a due
 * date and an approval policy. Editors and admins only; every asset must be theirs to see. The
 * assets' current versions enter review.
 */
export async function createReview(context: ReviewContext, input: CreateReviewInput): Promise<ReviewRow> {
  const identity = requireWriter(context);
  const viewer = await viewerOf(context);
  const title = input.title.trim();
  if (!title || title.length > 300) throw badInput('A review needs a title of 1 to 300 characters', 'title');
  const assetIds = [...new Set((input.assetIds ?? []).map((id) => id.toLowerCase()))];
  if (assetIds.length > 1000)
    throw badInput('A review gathers at most 1000 assets by id; use a collection for more', 'assetIds');
  if (input.collectionId && !isUuid(input.collectionId))
    throw badInput('collectionId is not a collection id', 'collectionId');
  if (!assetIds.length && !input.collectionId) throw badInput('Give the assets to review, or a collection', 'assetIds');
  for (const id of assetIds) {
    if (!isUuid(id) || !(await assetRole(context.dataSource, context, id))) throw notFound(`No asset ${id}`);
  }
  const reviewers = readReviewers(input.reviewers);
  const quorum = input.policy === 'QUORUM' ? (input.quorum ?? null) : null;
  if (
    input.policy === 'QUORUM' &&
    (!quorum || !Number.isSafeInteger(quorum) || quorum < 1 || quorum > reviewers.length)
  ) {
    throw badInput(`A quorum is a number of approvals from 1 to the ${reviewers.length} named reviewers`, 'quorum');
  }
  const dueAt = input.dueAt ? new Date(input.dueAt) : null;
  if (dueAt && Number.isNaN(dueAt.getTime())) throw badInput('dueAt is not an ISO 8601 date', 'dueAt');
  const review = {
    id: randomUUID(),
    workspaceId: identity.workspaceId,
    title,
    collectionId: input.collectionId?.toLowerCase() ?? null,
    policy: input.policy,
    quorum,
    dueAt,
    createdBy: identity.subject,
  };
  return context.dataSource.transaction(async (manager) => {
    await reviewsRepository.insert(manager, review, assetIds, reviewers);
    const all = await reviewsRepository.assetIds(manager, review);
    const current = (await Promise.all(all.map((id) => versionProjection.listForAsset(manager, id))))
      .flat()
      .filter((v) => v.current);
    await versionReviews.markInReview(
      manager,
      current.map((v) => v.versionId),
    );
    await recordAudit(manager, viewer, {
      action: 'review.created',
      reviewId: review.id,
      details: { title, policy: review.policy, quorum, assets: all.length, reviewers: reviewers.length },
    });
    return (await reviewsRepository.find(manager, review.id))!;
  });
}
