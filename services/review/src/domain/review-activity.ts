import { assetRoleAt } from '@mam/asset-access';
import { badInput, isUuid, notFound } from '@mam/graphql';
import { versionProjection } from '@mam/versions';
import type { ReviewContext } from '../context';
import { announce, type ReviewActivityUpdate, type ReviewLiveUpdate } from './live-updates';
import { readReview } from './reviews/read-reviews';
import { reviewsRepository } from '../repositories/reviews.repository';
import { canSeeAsset, linkCoversVersion, versionFor, viewerOf, type Viewer } from './viewer';

/** The version an update is about, read once however many guests follow it. */
const versionOfUpdate = new WeakMap<ReviewActivityUpdate, ReturnType<typeof versionProjection.find>>();

async function mayReceive(context: ReviewContext, viewer: Viewer, update: ReviewActivityUpdate): Promise<boolean> {
  if (update.workspaceId !== viewer.workspaceId) return false;
  if (viewer.kind === 'member')
    return (await assetRoleAt(context.dataSource, viewer.identity, update.assetId, update)) !== null;
  if (update.internal) return false;
  let version = versionOfUpdate.get(update);
  if (!version) versionOfUpdate.set(update, (version = versionProjection.find(context.dataSource, update.versionId)));
  const found = await version;
  return found ? linkCoversVersion(context, viewer.link, found) : false;
}

/**
 * Live activity of a review or of an asset: comments added, edited, resolved, reopened and deleted,
 * decisions, and who is watching which frame. Every review instance hears every change (PostgreSQL
 * NOTIFY), so a subscriber on any instance receives it; each is filtered to what the subscriber may
 * see (guests never receive internal comments or anything outside their link).
 */
export async function subscribeReviewActivity(
  context: ReviewContext,
  args: { reviewId?: string | null; assetId?: string | null },
): Promise<AsyncIterableIterator<ReviewLiveUpdate>> {
  const viewer = await viewerOf(context);
  if (Boolean(args.reviewId) === Boolean(args.assetId))
    throw badInput('Follow either a review (reviewId) or an asset (assetId)', 'reviewId');
  const reviewId = args.reviewId?.toLowerCase() ?? null;
  const assetId = args.assetId?.toLowerCase() ?? null;
  if (reviewId && !(await readReview(context, reviewId))) throw notFound(`No review ${args.reviewId}`);
  if (assetId && (!isUuid(assetId) || !(await canSeeAsset(context, viewer, assetId))))
    throw notFound(`No asset ${args.assetId}`);
  return context.live.subscribe(async (update) => {
    if (update.kind !== 'activity') return false;
    if (reviewId ? !update.reviewIds.includes(reviewId) : update.assetId !== assetId) return false;
    return mayReceive(context, viewer, update);
  });
}

/** Tells everyone following the version's asset (or its reviews) that the caller watches it at `frame`. */
export async function reportPresence(
  context: ReviewContext,
  versionId: string,
  frame: number | null,
): Promise<boolean> {
  const viewer = await viewerOf(context);
  const version = await versionFor(context, viewer, versionId, 'VIEW');
  if (frame !== null && (!Number.isSafeInteger(frame) || frame < 0))
    throw badInput('frame is a frame number from 0', 'frame');
  const reviewIds = await reviewsRepository.idsForAsset(context.dataSource, version.workspaceId, version.assetId);
  await announce(context.dataSource, {
    kind: 'activity',
    type: 'PRESENCE',
    workspaceId: version.workspaceId,
    assetId: version.assetId,
    versionId: version.versionId,
    reviewIds,
    commentId: null,
    internal: false,
    actor: viewer.subject,
    actorName: viewer.name,
    frame,
    decision: null,
    status: null,
    at: new Date().toISOString(),
  });
  return true;
}
