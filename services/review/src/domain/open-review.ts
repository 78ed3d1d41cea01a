import type { EntityManager } from 'typeorm';
import type { AssetCreated } from '@mam/proto';
import type { DecodedEvent } from '@mam/events';
import { AssetReviewEntity } from '../entities/asset-review.entity';
import { ReviewAuditEntity } from '../entities/review-audit.entity';
import { REVIEW_LIVE_CHANNEL, type ReviewLiveUpdate } from './live-updates';

/** A new asset enters review as PENDING, leaves an audit entry, and is announced to live subscribers on commit. */
export async function openReview(asset: AssetCreated, manager: EntityManager, event: DecodedEvent): Promise<void> {
  const now = new Date();
  await manager.insert(AssetReviewEntity, { assetId: asset.assetId, workspaceId: asset.workspaceId, status: 'PENDING', openedAt: now });
  await manager.insert(ReviewAuditEntity, { assetId: asset.assetId, eventId: event.eventId, action: 'review.opened', actor: event.actor.subject, at: now });
  const update: ReviewLiveUpdate = { kind: 'review.opened', assetId: asset.assetId, workspaceId: asset.workspaceId };
  await manager.query('SELECT pg_notify($1, $2)', [REVIEW_LIVE_CHANNEL, JSON.stringify(update)]);
}
