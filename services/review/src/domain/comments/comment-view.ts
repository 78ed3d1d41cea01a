import { notFound } from '@mam/graphql';
import type { AssetVersionFacts } from '@mam/versions';
import type { ReviewContext } from '../../context';
import { commentsRepository, type CommentRow } from '../../repositories/comments.repository';
import type { LinkPermission } from '../../repositories/links.repository';
import { versionFor, type Viewer } from '../viewer';
import { timecodeOf, timingOf, type VersionTiming } from './frame-position';

/** A comment as it is shown: its frames also as SMPTE timecode of the source. */
export interface CommentView extends CommentRow {
  timecodeIn: string | null;
  timecodeOut: string | null;
  /** A thread's replies, oldest first, when the comment was read with its version's others (one query for all). */
  threadReplies?: CommentView[];
}

export function presentComment(row: CommentRow, timing: VersionTiming | null): CommentView {
  const label = (frame: number | null) => (frame === null || !timing ? null : timecodeOf(frame, timing));
  return { ...row, timecodeIn: label(row.frameIn), timecodeOut: label(row.frameOut) };
}

/**
 * A comment the caller may act on with `permission`, with its version: deleted comments, comments
 * outside a guest's link and internal comments asked for by a guest are all NOT_FOUND.
 */
export async function commentFor(
  context: ReviewContext,
  viewer: Viewer,
  id: string,
  permission: LinkPermission,
  options: { lock?: boolean; manager?: Parameters<typeof commentsRepository.find>[0] } = {},
): Promise<{ comment: CommentRow; version: AssetVersionFacts }> {
  const missing = () => notFound(`No comment ${id}`);
  if (!/^[0-9a-f-]{36}$/i.test(id)) throw missing();
  const comment = await commentsRepository.find(options.manager ?? context.dataSource, id.toLowerCase(), {
    lock: options.lock,
  });
  if (!comment || comment.deletedAt || (comment.internal && viewer.kind === 'guest')) throw missing();
  const version = await versionFor(context, viewer, comment.versionId, permission).catch((error: unknown) => {
    throw (error as { extensions?: { code?: string } }).extensions?.code === 'NOT_FOUND' ? missing() : error;
  });
  return { comment, version };
}

export { timingOf };
