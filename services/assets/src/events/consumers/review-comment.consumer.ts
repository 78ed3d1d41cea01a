import { CommentPostedSchema, CommentRemovedSchema, TOPICS } from '@mam/proto';
import type { DataSource } from '@mam/db';
import { createEventConsumer, on, type EventBus } from '@mam/events';
import type { Logger } from '@mam/logger';
import { reviewCommentRepository } from '../../repositories/review-comment.repository';
import { indexAsset, lockAssetForSearch } from '../../search/index-asset';
import type { AssetSearchIndex } from '../../search/search-index';

/**
 * Lets search find an asset by a word of a review comment, the hit naming the comment's
 * timecode. Internal comments are never kept: search documents are readable by everyone who
 * may see the asset, and internal comments are for workspace members only. A comment of an
 * asset not here yet is kept; the asset's own events index it once it exists.
 */
export function reviewCommentConsumer(deps: {
  dataSource: DataSource;
  bus: EventBus;
  logger: Logger;
  search: AssetSearchIndex;
}) {
  return createEventConsumer({
    group: 'assets.review-comments',
    topic: TOPICS.reviewComment,
    dataSource: deps.dataSource,
    bus: deps.bus,
    logger: deps.logger,
    handlers: {
      'review.comment-posted': on(CommentPostedSchema, async (comment, event, manager) => {
        await lockAssetForSearch(manager, comment.assetId);
        if (comment.internal) await reviewCommentRepository.remove(manager, comment, event.occurredAt);
        else {
          // A comment at one frame ends where it starts.
          const frameIn = Number(comment.frameIn);
          await reviewCommentRepository.record(
            manager,
            { ...comment, frameIn, frameOut: Math.max(frameIn, Number(comment.frameOut)) },
            event.occurredAt,
          );
        }
        await indexAsset(manager, deps.search, comment.assetId);
      }),
      'review.comment-removed': on(CommentRemovedSchema, async (comment, event, manager) => {
        await lockAssetForSearch(manager, comment.assetId);
        await reviewCommentRepository.remove(manager, comment, event.occurredAt);
        await indexAsset(manager, deps.search, comment.assetId);
      }),
    },
  });
}
