import type { EntityManager } from 'typeorm';
import type { AssetCreated } from '@mam/proto';
import type { DecodedEvent } from '@mam/events';
import { assetReviewsRepository } from '../repositories/asset-reviews.repository';
import { auditRepository } from '../repositories/audit.repository';
import { announce } from './live-updates';

/** A new asset enters review as PENDING, leaves an audit entry, and is announced to live subscribers on commit. */
export async function openReview(asset: AssetCreated, manager: EntityManager, event: DecodedEvent): Promise<void> {
  const now = new Date();
  await assetReviewsRepository.open(manager, {
    assetId: asset.assetId,
    workspaceId: asset.workspaceId,
    status: 'PENDING',
    openedAt: now,
  });
  await auditRepository.append(manager, {
    workspaceId: asset.workspaceId,
    assetId: asset.assetId,
    reviewId: null,
    versionId: null,
    commentId: null,
    linkId: null,
    eventId: event.eventId,
    action: 'review.opened',
    actor: event.actor.subject,
    actorKind: 'SYSTEM',
    actorName: null,
    address: null,
    userAgent: null,
    details: {},
  });
  await announce(manager, { kind: 'review.opened', assetId: asset.assetId, workspaceId: asset.workspaceId });
}
