import type { ReviewContext } from '../../context';
import { commentsRepository } from '../../repositories/comments.repository';
import { versionFor, viewerOf } from '../viewer';
import { commentFor, presentComment, timingOf, type CommentView } from './comment-view';

/** A version's comments, oldest first, as the caller may see them (guests never see internal ones). */
export async function listComments(context: ReviewContext, versionId: string): Promise<CommentView[]> {
  const viewer = await viewerOf(context);
  const version = await versionFor(context, viewer, versionId, 'VIEW');
  const timing = timingOf(version);
  const rows = await commentsRepository.listForVersion(context.dataSource, version.versionId, {
    internal: viewer.kind === 'member',
  });
  const views = rows.map((row) => presentComment(row, timing));
  // Each thread's replies from the same rows: a version's threads cost one query, not one per thread.
  const threads = new Map<string, CommentView[]>();
  for (const view of views) if (!view.parentId) threads.set(view.id, (view.threadReplies = []));
  for (const view of views) if (view.parentId) threads.get(view.parentId)?.push(view);
  return views;
}

/** One comment, or null when it is not the caller's to see. */
export async function readComment(context: ReviewContext, id: string): Promise<CommentView | null> {
  const viewer = await viewerOf(context);
  try {
    const { comment, version } = await commentFor(context, viewer, id, 'VIEW');
    return presentComment(comment, timingOf(version));
  } catch (error) {
    if ((error as { extensions?: { code?: string } }).extensions?.code === 'NOT_FOUND') return null;
    throw error;
  }
}

export async function commentRevisions(context: ReviewContext, commentId: string) {
  return commentsRepository.revisions(context.dataSource, commentId);
}
