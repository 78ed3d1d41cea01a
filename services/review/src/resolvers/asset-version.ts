import type { ReviewContext } from '../context';
import { readReviewMedia } from '../domain/media/read-review-media';
import { readVersionComments, readVersionReviewStatus, readVersionTiming } from '../domain/read-version-review';

export const AssetVersionResolvers = {
  reviewStatus: (version: { id: string }, _args: unknown, context: ReviewContext) =>
    readVersionReviewStatus(context, version.id),
  reviewComments: (version: { id: string }, _args: unknown, context: ReviewContext) =>
    readVersionComments(context, version.id),
  reviewTiming: (version: { id: string }, _args: unknown, context: ReviewContext) =>
    readVersionTiming(context, version.id),
  reviewMedia: (version: { id: string }, _args: unknown, context: ReviewContext) =>
    readReviewMedia(context, version.id),
};
