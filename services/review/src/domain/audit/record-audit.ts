import type { EntityManager } from 'typeorm';
import { auditRepository } from '../../repositories/audit.repository';
import { auditActor, type Viewer } from '../viewer';

export interface AuditFacts {
  action: string;
  assetId?: string | null;
  reviewId?: string | null;
  versionId?: string | null;
  commentId?: string | null;
  linkId?: string | null;
  details?: Record<string, unknown>;
}

/** Appends what the caller did to the audit trail, in the transaction of the change itself. */
export async function recordAudit(manager: EntityManager, viewer: Viewer, facts: AuditFacts): Promise<void> {
  const actor = auditActor(viewer);
  await auditRepository.append(manager, {
    workspaceId: viewer.workspaceId,
    assetId: facts.assetId ?? null,
    reviewId: facts.reviewId ?? null,
    versionId: facts.versionId ?? null,
    commentId: facts.commentId ?? null,
    linkId: facts.linkId ?? actor.linkId,
    action: facts.action,
    actor: actor.actor,
    actorKind: actor.actorKind,
    actorName: actor.actorName,
    address: actor.address,
    userAgent: actor.userAgent,
    details: facts.details ?? {},
  });
}
