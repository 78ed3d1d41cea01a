import { PermanentEventError } from '@mam/events';
import { isUuid } from '@mam/graphql';
import type { EntityManager } from 'typeorm';
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
  if (!isUuid(ref.assetId) || !isUuid(ref.versionId) || !ref.workspaceId) throw new PermanentEventError(`${what} lacks a valid asset_id, version_id or workspace_id`);
}

/**
 * Records (or, on a re-probe, replaces) what a version's master is, keeping what is known of its
 * proxy. A probe naming another asset than the one the version was first recorded for is ignored.
 */
export async function recordMediaProbe(manager: EntityManager, ref: VersionRef, facts: ProbedMediaFacts & ProbeDescription, at: Date): Promise<void> {
  checkVersionRef(ref, 'media.probed');
  await manager.query(
    `INSERT INTO version_media (version_id, asset_id, workspace_id, media_kind, frame_rate, duration_seconds, duration_frames, start_timecode,
       width, height, has_video, has_audio, audio_channels, audio_rate, format, codec, technical, probed_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17::jsonb, $18)
     ON CONFLICT (version_id) DO UPDATE SET media_kind = EXCLUDED.media_kind, frame_rate = EXCLUDED.frame_rate, duration_seconds = EXCLUDED.duration_seconds,
       duration_frames = EXCLUDED.duration_frames, start_timecode = EXCLUDED.start_timecode, width = EXCLUDED.width, height = EXCLUDED.height,
       has_video = EXCLUDED.has_video, has_audio = EXCLUDED.has_audio, audio_channels = EXCLUDED.audio_channels, audio_rate = EXCLUDED.audio_rate,
       format = EXCLUDED.format, codec = EXCLUDED.codec, technical = EXCLUDED.technical, probed_at = EXCLUDED.probed_at
     WHERE version_media.asset_id = EXCLUDED.asset_id`,
    [
      ref.versionId, ref.assetId, ref.workspaceId, facts.mediaKind, facts.frameRate, facts.durationSeconds, facts.durationFrames, facts.startTimecode,
      facts.width, facts.height, facts.hasVideo, facts.hasAudio, facts.audioChannels, facts.audioRate, facts.format, facts.codec, facts.technicalJson, at,
    ],
  );
}

/** Records the storage key of a version's proxy; other rendition kinds are not this projection's business. */
export async function recordProxyReady(manager: EntityManager, ref: VersionRef, rendition: { kind: string; storageKey: string }, at: Date): Promise<boolean> {
  if (!(PROXY_KINDS as readonly string[]).includes(rendition.kind)) return false;
  checkVersionRef(ref, 'rendition.ready');
  if (!rendition.storageKey) throw new PermanentEventError('rendition.ready of a proxy lacks its storage_key');
  await manager.query(
    `INSERT INTO version_media (version_id, asset_id, workspace_id, proxy_key, proxy_kind, proxy_ready_at) VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT (version_id) DO UPDATE SET proxy_key = EXCLUDED.proxy_key, proxy_kind = EXCLUDED.proxy_kind, proxy_ready_at = EXCLUDED.proxy_ready_at
     WHERE version_media.asset_id = EXCLUDED.asset_id AND (version_media.proxy_kind IS DISTINCT FROM 'proxy' OR EXCLUDED.proxy_kind = 'proxy')`,
    [ref.versionId, ref.assetId, ref.workspaceId, rendition.storageKey, rendition.kind, at],
  );
  return true;
}
