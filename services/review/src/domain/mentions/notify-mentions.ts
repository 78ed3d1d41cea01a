import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { actorOf } from '@mam/graphql';
import { notificationsRepository } from '../../repositories/notifications.repository';
import { reviewsRepository } from '../../repositories/reviews.repository';
import type { CommentRow } from '../../repositories/comments.repository';
import { MENTION_EMAIL, reviewJobQueue, type MentionEmail } from '../../jobs/review-jobs';
import { guestReviewer, memberReviewer } from '../reviews/reviewer-key';
import type { Viewer } from '../viewer';
import { mentionsIn } from './mentions';

const excerptOf = (body: string) => (body.length > 280 ? `${body.slice(0, 277)}...` : body);

/**
 * Notifies the people a comment mentions, in its transaction: members by subject (in-app), and
 * guests named on a review of the asset by email (in-app and an email job). Internal comments
 * reach members only; nobody is notified of their own comment. Read access is checked again
 * when a notification is read.
 */
export async function notifyMentions(
  manager: EntityManager,
  viewer: Viewer,
  comment: CommentRow,
  where: string | null,
): Promise<string[]> {
  const { subjects, emails } = mentionsIn(comment.body);
  if (!subjects.length && !emails.length) return [];
  const reviewIds = await reviewsRepository.idsForAsset(manager, comment.workspaceId, comment.assetId);
  const invited = new Set(
    (await Promise.all(reviewIds.map((id) => reviewsRepository.reviewers(manager, id)))).flat().map((r) => r.reviewer),
  );
  const me = viewer.kind === 'guest' ? guestReviewer(viewer.email) : memberReviewer(viewer.subject);
  const recipients = [
    ...subjects.map((s) => ({ recipient: memberReviewer(s), email: null as string | null })),
    ...emails
      .filter((e) => !comment.internal && invited.has(guestReviewer(e)))
      .map((e) => ({ recipient: guestReviewer(e), email: e })),
  ].filter((r) => r.recipient !== me);
  const excerpt = excerptOf(comment.body);
  for (const { recipient, email } of recipients) {
    await notificationsRepository.insert(manager, {
      id: randomUUID(),
      workspaceId: comment.workspaceId,
      recipient,
      kind: 'MENTION',
      assetId: comment.assetId,
      versionId: comment.versionId,
      commentId: comment.id,
      actor: viewer.subject,
      actorName: viewer.name,
      excerpt,
    });
    if (email) {
      const payload: MentionEmail = {
        to: email,
        subject: `${viewer.name} mentioned you in a review comment`,
        text: `${viewer.name} mentioned you${where ? ` at ${where}` : ''}:\n\n${excerpt}\n\nOpen the review link you were sent to answer.`,
      };
      await reviewJobQueue.enqueue(
        manager,
        { kind: MENTION_EMAIL, key: `${comment.id}:${email}`, payload },
        actorOf(viewer.identity),
      );
    }
  }
  return recipients.map((r) => r.recipient);
}
