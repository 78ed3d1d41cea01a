import type { ReviewContext } from '../context';
import { createReview, type CreateReviewInput } from '../domain/reviews/create-review';
import { decideVersion } from '../domain/reviews/decide-version';
import {
  listReviews,
  readReview,
  reviewAssetIds,
  reviewDecisions,
  reviewReviewers,
} from '../domain/reviews/read-reviews';
import type { Decision } from '../domain/reviews/review-policy';
import type { DecisionRow, ReviewRow } from '../repositories/reviews.repository';

const iso = (d: Date | null) => d?.toISOString() ?? null;
const decision = (d: DecisionRow) => ({ ...d, decidedAt: d.decidedAt.toISOString() });

export const ReviewResolvers = {
  dueAt: (review: ReviewRow) => iso(review.dueAt),
  createdAt: (review: ReviewRow) => review.createdAt.toISOString(),
  assets: async (review: ReviewRow, _args: unknown, context: ReviewContext) =>
    (await reviewAssetIds(context, review)).map((id) => ({ __typename: 'Asset', id })),
  reviewers: async (review: ReviewRow, _args: unknown, context: ReviewContext) =>
    (await reviewReviewers(context, review)).map((r) => ({ id: r.reviewer, kind: r.kind })),
  decisions: async (review: ReviewRow, args: { versionId: string }, context: ReviewContext) =>
    (await reviewDecisions(context, review, args.versionId)).map(decision),
};

export const reviewQueries = {
  review: (_: unknown, args: { id: string }, context: ReviewContext) => readReview(context, args.id),
  reviews: (_: unknown, args: { first?: number | null }, context: ReviewContext) =>
    listReviews(context, args.first ?? 50),
};

export const reviewMutations = {
  createReview: (_: unknown, args: { input: CreateReviewInput }, context: ReviewContext) =>
    createReview(context, args.input),
  decideVersion: async (
    _: unknown,
    args: { input: { reviewId: string; versionId: string; decision: Decision; note?: string | null } },
    context: ReviewContext,
  ) => {
    const result = await decideVersion(context, args.input);
    return { decision: decision(result.decision), status: result.status };
  },
};
