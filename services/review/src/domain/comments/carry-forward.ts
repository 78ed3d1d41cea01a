import { randomUUID } from 'node:crypto';
import { badInput, forbidden } from '@mam/graphql';
import type { ReviewContext } from '../../context';
import { commentsRepository } from '../../repositories/comments.repository';
import { recordAudit } from '../audit/record-audit';
import { versionFor, viewerOf } from '../viewer';
import { presentComment, timingOf, type CommentView } from './comment-view';
import { announceComment, publishComment } from './comment-events';

/**
 * Carries the open threads of one version to another version of the same asset: at the same
 * frames or shifted by `offsetFrames`, marked as carried with a link to the original. Threads
 * already carried, or whose frames fall outside the new version, are left where they are.
 */
export async function carryForwardComments(
  context: ReviewContext,
  input: { fromVersionId: string; toVersionId: string; offsetFrames?: number | null },
): Promise<{ carried: CommentView[]; skipped: number }> {
  const viewer = await viewerOf(context);
  if (viewer.kind === 'guest') throw forbidden('Guests cannot carry comments forward');
  const from = await versionFor(context, viewer, input.fromVersionId, 'COMMENT');
  const to = await versionFor(context, viewer, input.toVersionId, 'COMMENT');
  if (from.assetId !== to.assetId || from.versionId === to.versionId)
    throw badInput('Comments are carried between two versions of the same asset', 'toVersionId');
  const offset = input.offsetFrames ?? 0;
  if (!Number.isSafeInteger(offset)) throw badInput('offsetFrames is a whole number of frames', 'offsetFrames');
  const timing = timingOf(to);
  return context.dataSource.transaction(async (manager) => {
    const done = await commentsRepository.carriedOrigins(manager, to.versionId);
    const carried: CommentView[] = [];
    let skipped = 0;
    for (const thread of await commentsRepository.openThreads(manager, from.versionId)) {
      if (done.has(thread.id)) continue;
      const frameIn = thread.frameIn === null ? null : thread.frameIn + offset;
      const frameOut = thread.frameOut === null ? null : thread.frameOut + offset;
      const outside =
        frameIn !== null &&
        (!timing || frameIn < 0 || (timing.durationFrames !== null && frameOut! >= timing.durationFrames));
      if (outside) {
        skipped++;
        continue;
      }
      const copy = await commentsRepository.insert(manager, {
        ...thread,
        id: randomUUID(),
        versionId: to.versionId,
        parentId: null,
        frameIn,
        frameOut,
        carriedFrom: thread.id,
      });
      await recordAudit(manager, viewer, {
        action: 'comment.carried',
        assetId: to.assetId,
        reviewId: copy.reviewId,
        versionId: to.versionId,
        commentId: copy.id,
        details: { from: thread.id, offsetFrames: offset },
      });
      await publishComment(manager, viewer, copy, to, timing);
      await announceComment(manager, viewer, copy, 'COMMENT_ADDED');
      carried.push(presentComment(copy, timing));
    }
    return { carried, skipped };
  });
}
