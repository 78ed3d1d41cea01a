import { forbidden } from '@mam/graphql';
import type { ReviewContext } from '../../context';
import { commentsRepository } from '../../repositories/comments.repository';
import { recordAudit } from '../audit/record-audit';
import { viewerOf } from '../viewer';
import { commentFor, presentComment, timingOf, type CommentView } from './comment-view';
import { announceComment, publishComment, publishCommentRemoved } from './comment-events';
import { checkBody } from './post-comment';

/** New text by the comment's author; the earlier text is kept (revisions) and in the audit. */
export async function editComment(context: ReviewContext, id: string, newBody: string): Promise<CommentView> {
  const viewer = await viewerOf(context);
  const body = checkBody(newBody);
  return context.dataSource.transaction(async (manager) => {
    const { comment, version } = await commentFor(context, viewer, id, 'COMMENT', { lock: true, manager });
    if (comment.author !== viewer.subject) throw forbidden('Only its author can edit a comment');
    const edited = await commentsRepository.edit(manager, comment, body);
    await recordAudit(manager, viewer, {
      action: 'comment.edited',
      assetId: comment.assetId,
      reviewId: comment.reviewId,
      versionId: comment.versionId,
      commentId: comment.id,
      details: { previous: comment.body, body },
    });
    await publishComment(manager, viewer, edited, version, timingOf(version));
    await announceComment(manager, viewer, edited, 'COMMENT_EDITED');
    return presentComment(edited, timingOf(version));
  });
}

/** Deletion by the comment's author: gone from the version, kept in the audit with its text. */
export async function deleteComment(context: ReviewContext, id: string): Promise<boolean> {
  const viewer = await viewerOf(context);
  return context.dataSource.transaction(async (manager) => {
    const { comment } = await commentFor(context, viewer, id, 'COMMENT', { lock: true, manager });
    if (comment.author !== viewer.subject) throw forbidden('Only its author can delete a comment');
    await commentsRepository.markDeleted(manager, comment.id);
    await recordAudit(manager, viewer, {
      action: 'comment.deleted',
      assetId: comment.assetId,
      reviewId: comment.reviewId,
      versionId: comment.versionId,
      commentId: comment.id,
      details: { body: comment.body, frameIn: comment.frameIn, frameOut: comment.frameOut },
    });
    await publishCommentRemoved(manager, viewer, comment);
    await announceComment(manager, viewer, comment, 'COMMENT_DELETED');
    return true;
  });
}

/** Resolves a thread or reopens it; anyone who may comment on the version may. */
export async function resolveComment(context: ReviewContext, id: string, resolved: boolean): Promise<CommentView> {
  const viewer = await viewerOf(context);
  return context.dataSource.transaction(async (manager) => {
    const { comment, version } = await commentFor(context, viewer, id, 'COMMENT', { lock: true, manager });
    const changed = await commentsRepository.setResolved(manager, comment.id, resolved ? viewer.subject : null);
    await recordAudit(manager, viewer, {
      action: resolved ? 'comment.resolved' : 'comment.reopened',
      assetId: comment.assetId,
      reviewId: comment.reviewId,
      versionId: comment.versionId,
      commentId: comment.id,
    });
    await announceComment(manager, viewer, changed, resolved ? 'COMMENT_RESOLVED' : 'COMMENT_REOPENED');
    return presentComment(changed, timingOf(version));
  });
}
