import { badInput, isUuid } from '@mam/graphql';
import type { ReviewContext } from '../../context';
import { notificationsRepository, type NotificationRow } from '../../repositories/notifications.repository';
import { reviewerKeyOf } from '../reviews/reviewer-key';
import { canSeeAsset, viewerOf } from '../viewer';

/** The caller's notifications, newest first, only of assets they may still see. */
export async function readNotifications(
  context: ReviewContext,
  unreadOnly: boolean,
  first: number,
): Promise<NotificationRow[]> {
  const viewer = await viewerOf(context);
  const rows = await notificationsRepository.forRecipient(
    context.dataSource,
    viewer.workspaceId,
    reviewerKeyOf(viewer),
    unreadOnly,
    Math.min(Math.max(first, 1), 200),
  );
  const visible = await Promise.all(rows.map((row) => canSeeAsset(context, viewer, row.assetId)));
  return rows.filter((_, i) => visible[i]);
}

/** Marks the caller's own notifications read; answers how many changed. */
export async function markNotificationsRead(context: ReviewContext, ids: string[]): Promise<number> {
  const viewer = await viewerOf(context);
  if (ids.length > 500 || !ids.every(isUuid)) throw badInput('ids are up to 500 notification ids', 'ids');
  return notificationsRepository.markRead(
    context.dataSource,
    viewer.workspaceId,
    reviewerKeyOf(viewer),
    ids.map((id) => id.toLowerCase()),
  );
}
