import { PermanentEventError } from '@mam/events';
import { isUuid } from '@mam/graphql';
import type { EntityManager } from 'typeorm';
import { versionMediaRepository } from '../../repositories/version-media.repository';
import type { ProbedMediaFacts } from './read-media-probe';
import type { ProbeDescription } from './read-probe-description';

/** Rendition kinds that are a version's streamable proxy; a picture proxy wins over a sound one. */
export const PROXY_KINDS = ['proxy', 'audio_proxy'] as const;

interface VersionRef {
  assetId: string;
  versionId: string;
  workspaceId: string;
}

/** Refuses, for good, an event that does not name a version of an asset in a workspace. */
export function checkVersionRef(ref: VersionRef, what: string): void {
  if (!isUuid(ref.assetId) || !isUuid(ref.versionId) || !ref.workspaceId)
    throw new PermanentEventError(`${what} lacks a valid asset_id, version_id or workspace_id`);
}

/**
 * Records (or, on a re-probe, replaces) what a version's master is, keeping what is known of its
 * proxy. A probe naming another asset than the one the version was first recorded for is ignored.
 */
export async function recordMediaProbe(
  manager: EntityManager,
  ref: VersionRef,
  facts: ProbedMediaFacts & ProbeDescription,
  at: Date,
): Promise<void> {
  checkVersionRef(ref, 'media.probed');
  await versionMediaRepository.recordProbe(manager, ref, facts, at);
}

/** Records the storage key of a version's proxy; other rendition kinds are not this projection's business. */
export async function recordProxyReady(
  manager: EntityManager,
  ref: VersionRef,
  rendition: { kind: string; storageKey: string },
  at: Date,
): Promise<boolean> {
  if (!(PROXY_KINDS as readonly string[]).includes(rendition.kind)) return false;
  checkVersionRef(ref, 'rendition.ready');
  if (!rendition.storageKey) throw new PermanentEventError('rendition.ready of a proxy lacks its storage_key');
  await versionMediaRepository.recordProxy(manager, ref, rendition, at);
  return true;
}
