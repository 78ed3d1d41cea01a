import { CommentPostedSchema, CommentRemovedSchema, TOPICS } from '@mam/proto';
import type { DataSource } from '@mam/db';
import { createEventConsumer, on, type EventBus } from '@mam/events';
import type { Logger } from '@mam/logger';
import { assetFacts } from '../repositories/asset-facts.repository';

/** Comments and annotations on an asset's versions (review's topic), for the packages' comments sidecar and event log. */
export function reviewCommentsConsumer({
  dataSource,
  bus,
  logger,
}: {
  dataSource: DataSource;
  bus: EventBus;
  logger: Logger;
}) {
  return createEventConsumer({
    group: 'archive.review-comments',
    topic: TOPICS.reviewComment,
    dataSource,
    bus,
    logger,
    handlers: {
      'review.comment-posted': on(CommentPostedSchema, (posted, event, manager) =>
        assetFacts.recordComment(manager, {
          comment_id: posted.commentId,
          asset_id: posted.assetId,
          version_id: posted.versionId || null,
          author: event.actor.subject,
          body: posted.body,
          frame_in: posted.frameIn,
          frame_out: posted.frameOut,
          timecode: posted.timecode,
          frame_rate: posted.frameRate,
          internal: posted.internal,
          posted_at: event.occurredAt,
        }),
      ),
      'review.comment-removed': on(CommentRemovedSchema, (removed, event, manager) =>
        assetFacts.removeComment(manager, removed.commentId, event.occurredAt),
      ),
    },
  });
}
