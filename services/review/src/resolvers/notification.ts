import type { ReviewContext } from '../context';
import { readComment } from '../domain/comments/read-comments';
import { markNotificationsRead, readNotifications } from '../domain/mentions/read-notifications';
import type { NotificationRow } from '../repositories/notifications.repository';

export const ReviewNotificationResolvers = {
  comment: (n: NotificationRow, _args: unknown, context: ReviewContext) => readComment(context, n.commentId),
  createdAt: (n: NotificationRow) => n.createdAt.toISOString(),
  read: (n: NotificationRow) => n.readAt !== null,
};

export const notificationQueries = {
  reviewNotifications: (
    _: unknown,
    args: { unreadOnly?: boolean | null; first?: number | null },
    context: ReviewContext,
  ) => readNotifications(context, args.unreadOnly ?? false, args.first ?? 50),
};

export const notificationMutations = {
  markReviewNotificationsRead: (_: unknown, args: { ids: string[] }, context: ReviewContext) =>
    markNotificationsRead(context, args.ids),
};
