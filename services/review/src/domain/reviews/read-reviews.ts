import { isUuid, requireIdentity } from '@mam/graphql';
import type { ReviewContext } from '../../context';
import { reviewsRepository, type DecisionRow, type ReviewRow } from '../../repositories/reviews.repository';
import { canSeeAsset, viewerOf } from '../viewer';

/** A review of the caller's workspace (a guest: only the one its link is for), or null. */
export async function readReview(context: ReviewContext, id: string): Promise<ReviewRow | null> {
  const viewer = await viewerOf(context);
  const review = isUuid(id) ? await reviewsRepository.find(context.dataSource, id.toLowerCase()) : null;
  if (!review || review.workspaceId !== viewer.workspaceId) return null;
  if (viewer.kind === 'guest' && viewer.link.reviewId !== review.id) return null;
  return review;
}

/** The workspace's reviews, newest first (members only). */
export async function listReviews(context: ReviewContext, first: number): Promise<ReviewRow[]> {
  const identity = requireIdentity(context);
  if (identity.kind === 'guest') return [];
  return reviewsRepository.listForWorkspace(
    context.dataSource,
    identity.workspaceId,
    Math.min(Math.max(first, 1), 200),
  );
}

/** The review's assets the caller may see. */
export async function reviewAssetIds(context: ReviewContext, review: ReviewRow): Promise<string[]> {
  const viewer = await viewerOf(context);
  const ids = await reviewsRepository.assetIds(context.dataSource, review);
  const visible = await Promise.all(ids.map((id) => canSeeAsset(context, viewer, id)));
  return ids.filter((_, i) => visible[i]);
}

export async function reviewReviewers(context: ReviewContext, review: ReviewRow) {
  return reviewsRepository.reviewers(context.dataSource, review.id);
}

/** Every decision on a version within the review, oldest first: superseded ones stay on the record. */
export async function reviewDecisions(
  context: ReviewContext,
  review: ReviewRow,
  versionId: string,
): Promise<DecisionRow[]> {
  return isUuid(versionId) ? reviewsRepository.decisions(context.dataSource, review.id, versionId.toLowerCase()) : [];
}
