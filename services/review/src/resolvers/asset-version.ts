import type { ReviewContext } from '../context';
import { readVersionReviewStatus } from '../domain/read-version-review';

export const AssetVersionResolvers = {
  reviewStatus: (version: { id: string }, _args: unknown, context: ReviewContext) => readVersionReviewStatus(context, version.id),
};
