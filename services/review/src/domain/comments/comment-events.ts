import type { EntityManager } from 'typeorm';
import { actorOf } from '@mam/graphql';
import { appendToOutbox } from '@mam/events';
import { CommentPostedSchema, CommentRemovedSchema, TOPICS } from '@mam/proto';
import type { AssetVersionFacts } from '@mam/versions';
import type { CommentRow } from '../../repositories/comments.repository';
import { announce, type ActivityType } from '../live-updates';
import type { Viewer } from '../viewer';
import { reviewsRepository } from '../../repositories/reviews.repository';
import { timecodeOf, type VersionTiming } from './frame-position';

/** Tells search the comment's current text and where it points (topic mam.review.comment.v1). */
export async function publishComment(
  manager: EntityManager,
  viewer: Viewer,
  comment: CommentRow,
  version: AssetVersionFacts,
  timing: VersionTiming | null,
): Promise<void> {
  await appendToOutbox(manager, TOPICS.reviewComment, {
    type: 'review.comment-posted',
    aggregateId: comment.assetId,
    actor: actorOf(viewer.identity),
    schema: CommentPostedSchema,
    payload: {
      assetId: comment.assetId,
      versionId: comment.versionId,
      workspaceId: comment.workspaceId,
      commentId: comment.id,
      body: comment.body,
      frameIn: BigInt(comment.frameIn ?? -1),
      frameOut: BigInt(comment.frameOut ?? -1),
      timecode: comment.frameIn !== null && timing ? timecodeOf(comment.frameIn, timing) : '',
      frameRate: version.media?.frameRate ?? '',
      internal: comment.internal,
    },
  });
}

export async function publishCommentRemoved(
  manager: EntityManager,
  viewer: Viewer,
  comment: CommentRow,
): Promise<void> {
  await appendToOutbox(manager, TOPICS.reviewComment, {
    type: 'review.comment-removed',
    aggregateId: comment.assetId,
    actor: actorOf(viewer.identity),
    schema: CommentRemovedSchema,
    payload: {
      assetId: comment.assetId,
      versionId: comment.versionId,
      workspaceId: comment.workspaceId,
      commentId: comment.id,
    },
  });
}

/** Announces a comment's change to live subscribers of its asset and of every review gathering it. */
export async function announceComment(
  manager: EntityManager,
  viewer: Viewer,
  comment: CommentRow,
  type: ActivityType,
): Promise<void> {
  const reviewIds = await reviewsRepository.idsForAsset(manager, comment.workspaceId, comment.assetId);
  await announce(manager, {
    kind: 'activity',
    type,
    workspaceId: comment.workspaceId,
    assetId: comment.assetId,
    versionId: comment.versionId,
    reviewIds,
    commentId: comment.id,
    internal: comment.internal,
    actor: viewer.subject,
    actorName: viewer.name,
    frame: comment.frameIn,
    decision: null,
    status: null,
    at: new Date().toISOString(),
  });
}
