import { visibleVersion } from '@mam/versions';
import type { ReviewContext } from '../context';
import { versionReviews, type ReviewStatus } from '../repositories/version-review.repository';

/** A version's review status, or null when the version is unknown here or not the caller's to see. */
export async function readVersionReviewStatus(context: ReviewContext, versionId: string): Promise<ReviewStatus | null> {
  const version = await visibleVersion(context.dataSource, context, versionId);
  return version ? versionReviews.status(context.dataSource, version.versionId) : null;
}
