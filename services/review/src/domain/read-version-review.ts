import { visibleVersion, type AssetVersionFacts } from '@mam/versions';
import type { ReviewContext } from '../context';
import { versionReviews, type ReviewStatus } from '../repositories/version-review.repository';
import { timecodeOf, timingOf } from './comments/frame-position';
import { listComments } from './comments/read-comments';
import type { CommentView } from './comments/comment-view';
import { versionFor, viewerOf } from './viewer';

/** A version's review status, or null when the version is unknown here or not the caller's to see. */
export async function readVersionReviewStatus(context: ReviewContext, versionId: string): Promise<ReviewStatus | null> {
  const version = await visibleVersionFor(context, versionId);
  return version ? versionReviews.status(context.dataSource, version.versionId) : null;
}

async function visibleVersionFor(context: ReviewContext, versionId: string): Promise<AssetVersionFacts | null> {
  if (context.identity?.kind !== 'guest') return visibleVersion(context.dataSource, context, versionId);
  const viewer = await viewerOf(context);
  return versionFor(context, viewer, versionId, 'VIEW').catch(() => null);
}

export async function readVersionTiming(context: ReviewContext, versionId: string) {
  const version = await visibleVersionFor(context, versionId);
  const timing = version && timingOf(version);
  if (!version || !timing) return null;
  return {
    frameRate: `${timing.rate.num}/${timing.rate.den}`,
    startTimecode: timecodeOf(0, timing),
    dropFrame: timing.dropFrame,
    durationFrames: timing.durationFrames,
  };
}

export async function readVersionComments(context: ReviewContext, versionId: string): Promise<CommentView[] | null> {
  return (await visibleVersionFor(context, versionId)) ? listComments(context, versionId) : null;
}
