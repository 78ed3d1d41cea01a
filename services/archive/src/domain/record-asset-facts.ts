import type { EntityManager } from '@mam/db';
import { assetFacts } from '../repositories/asset-facts.repository';
import { policiesRepository } from '../repositories/policies.repository';

/** An asset's manual collections now (policies by collection, the package sidecar). */
export const recordCollections = (manager: EntityManager, assetId: string, collectionIds: string[]) =>
  assetFacts.setCollections(manager, assetId, collectionIds);

/**
 * The asset's descriptive state after a change: packages carry the latest title, description,
 * tags and metadata values; scheduled policies whose metadata trigger it now meets run at the
 * schedule's next wake.
 */
export async function recordDescriptive(
  manager: EntityManager,
  assetId: string,
  facts: { workspaceId: string; title: string; description: string; tags: string[]; metadataJson: string },
) {
  let metadata: Record<string, unknown> = {};
  try {
    const parsed: unknown = JSON.parse(facts.metadataJson || '{}');
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) metadata = parsed as Record<string, unknown>;
  } catch {
    // An older producer sent no metadata: keep the title, description and tags.
  }
  await assetFacts.setDescriptive(manager, assetId, {
    title: facts.title,
    description: facts.description,
    tags: facts.tags,
    metadata,
  });
  await policiesRepository.bringForwardMetadataTriggers(manager, facts.workspaceId, metadata);
}

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
