import type { EntityManager } from '@mam/db';
import { assetFacts } from '../repositories/asset-facts.repository';

/** An asset's manual collections now (policies by collection, the package sidecar). */
export const recordCollections = (manager: EntityManager, assetId: string, collectionIds: string[]) =>
  assetFacts.setCollections(manager, assetId, collectionIds);

/** The asset's title after a change (packages carry the latest title). */
export const recordTitle = (manager: EntityManager, assetId: string, title: string) =>
  assetFacts.setTitle(manager, assetId, title);

/** A review decision on a version, for the package's PREMIS-style event log and decisions sidecar. */
export function recordDecision(
  manager: EntityManager,
  decision: {
    assetId: string;
    versionId: string;
    decidedBy: string;
    note: string;
    decidedAt: Date;
    outcome: 'approved' | 'changes requested' | 'rejected';
  },
) {
  return assetFacts.recordLifeEvent(manager, {
    assetId: decision.assetId,
    versionId: decision.versionId,
    type: `review ${decision.outcome}`,
    actor: decision.decidedBy,
    detail: decision.note,
    occurredAt: decision.decidedAt,
  });
}
