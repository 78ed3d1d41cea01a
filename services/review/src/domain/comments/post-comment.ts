import { randomUUID } from 'node:crypto';
import { badInput, forbidden, isUuid, notFound } from '@mam/graphql';
import type { ReviewContext } from '../../context';
import { commentsRepository } from '../../repositories/comments.repository';
import { reviewsRepository } from '../../repositories/reviews.repository';
import { recordAudit } from '../audit/record-audit';
import { versionFor, viewerOf } from '../viewer';
import { checkAnnotations, type Annotation } from './annotations';
import { commentFor, presentComment, type CommentView } from './comment-view';
import { announceComment, publishComment } from './comment-events';
import { frameOf, timecodeOf, timingOf, type FrameInput } from './frame-position';
import { notifyMentions } from '../mentions/notify-mentions';

/** Characters of a comment's text. */
export const MAX_BODY = 10_000;

export interface PostCommentInput {
  versionId: string;
  reviewId?: string | null;
  parentId?: string | null;
  body: string;
  at?: FrameInput | null;
  out?: FrameInput | null;
  internal?: boolean | null;
  annotations?: Annotation[] | null;
}

export function checkBody(body: string): string {
  const text = body.trim();
  if (!text) throw badInput('A comment needs some text', 'body');
  if (text.length > MAX_BODY)
    throw badInput(`A comment is at most ${MAX_BODY} characters, this one has ${text.length}`, 'body');
  return text;
}

/**
 * A comment on one version: on the whole version, at a frame, or over a range (in and out, given
 * as frames or SMPTE timecode of the source), with shapes drawn on the frame; or a reply in a
 * thread. Internal comments are for members only.
 */
export async function postComment(context: ReviewContext, input: PostCommentInput): Promise<CommentView> {
  const viewer = await viewerOf(context);
  const body = checkBody(input.body);
  const version = await versionFor(context, viewer, input.versionId, 'COMMENT');
  if (input.internal && viewer.kind === 'guest') throw forbidden('Guests cannot post internal comments');
  const timing = timingOf(version);
  const frameIn = input.at ? frameOf(input.at, timing, 'at') : null;
  const frameOut = input.out ? frameOf(input.out, timing, 'out') : frameIn;
  if (input.out && frameIn === null) throw badInput('A range needs its in point (at) as well as its out point', 'at');
  if (frameIn !== null && frameOut! < frameIn)
    throw badInput('The out point of a range comes after its in point', 'out');
  const annotations = checkAnnotations(input.annotations ?? []);
  if (annotations.length && timing && frameIn === null)
    throw badInput('Shapes are drawn on a frame: give the frame (at) they belong to', 'at');
  let internal = Boolean(input.internal);
  if (input.parentId) {
    const { comment: parent } = await commentFor(context, viewer, input.parentId, 'COMMENT');
    if (parent.versionId !== version.versionId)
      throw badInput('A reply belongs to the version of the comment it answers', 'parentId');
    if (parent.parentId) throw badInput("Reply to the thread's first comment", 'parentId');
    internal ||= parent.internal;
  }
  let reviewId = input.reviewId?.toLowerCase() ?? (viewer.kind === 'guest' ? viewer.link.reviewId : null);
  if (reviewId) {
    const review = isUuid(reviewId) ? await reviewsRepository.find(context.dataSource, reviewId) : null;
    if (
      !review ||
      review.workspaceId !== viewer.workspaceId ||
      !(await reviewsRepository.includesAsset(context.dataSource, review, version.assetId))
    )
      throw notFound(`No review ${reviewId} of this version`);
    reviewId = review.id;
  }
  return context.dataSource.transaction(async (manager) => {
    const comment = await commentsRepository.insert(manager, {
      id: randomUUID(),
      workspaceId: version.workspaceId,
      assetId: version.assetId,
      versionId: version.versionId,
      reviewId,
      parentId: input.parentId?.toLowerCase() ?? null,
      author: viewer.subject,
      authorName: viewer.name,
      authorKind: viewer.kind === 'guest' ? 'GUEST' : 'MEMBER',
      body,
      frameIn,
      frameOut,
      internal,
      annotations,
      carriedFrom: null,
    });
    await recordAudit(manager, viewer, {
      action: 'comment.posted',
      assetId: comment.assetId,
      reviewId,
      versionId: comment.versionId,
      commentId: comment.id,
      details: { body, frameIn, frameOut, internal, annotations: annotations.length },
    });
    await publishComment(manager, viewer, comment, version, timing);
    await notifyMentions(manager, viewer, comment, frameIn === null || !timing ? null : timecodeOf(frameIn, timing));
    await announceComment(manager, viewer, comment, 'COMMENT_ADDED');
    return presentComment(comment, timing);
  });
}
