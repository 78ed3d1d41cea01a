import type { EntityManager } from 'typeorm';
import { renditionsRepository } from '../../repositories/renditions.repository';

/** The renditions review hands out: the proxy to stream and download (video or audio) and the poster. */
export const REVIEW_RENDITIONS = ['proxy', 'audio_proxy', 'poster'] as const;

export interface RenditionOutcome {
  assetId: string;
  versionId: string;
  workspaceId: string;
  kind: string;
  storageKey?: string;
  reason?: string;
}

/** Keeps the outcome of a proxy or poster of a version (other kinds are not review's concern). */
export async function recordRendition(
  manager: EntityManager,
  outcome: RenditionOutcome,
  status: 'ready' | 'failed',
): Promise<void> {
  if (!(REVIEW_RENDITIONS as readonly string[]).includes(outcome.kind)) return;
  await renditionsRepository.record(manager, {
    versionId: outcome.versionId,
    kind: outcome.kind,
    assetId: outcome.assetId,
    workspaceId: outcome.workspaceId,
    status,
    storageKey: status === 'ready' ? (outcome.storageKey ?? null) : null,
    reason: status === 'failed' ? (outcome.reason ?? 'the rendition failed') : null,
  });
}
