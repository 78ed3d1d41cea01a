import { In, type EntityManager } from 'typeorm';
import { VersionMediaEntity, type VersionMedia } from '../entities/version-media.entity';
import type { ProbedMediaFacts } from '../domain/versions/read-media-probe';
import type { ProbeDescription } from '../domain/versions/read-probe-description';

interface VersionRef {
  assetId: string;
  versionId: string;
  workspaceId: string;
}

/** `version_media`: what each version's master is (probed) and where its proxy is. */
export const versionMediaRepository = {
  findMany(manager: EntityManager, workspaceId: string, versionIds: string[]): Promise<VersionMedia[]> {
    return manager.findBy(VersionMediaEntity, { versionId: In(versionIds), workspaceId });
  },
  /** Records (or replaces) the probed facts, keeping the proxy; a row of another asset is left alone. */
  async recordProbe(
    manager: EntityManager,
    ref: VersionRef,
    facts: ProbedMediaFacts & ProbeDescription,
    at: Date,
  ): Promise<void> {
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
        ref.versionId,
        ref.assetId,
        ref.workspaceId,
        facts.mediaKind,
        facts.frameRate,
        facts.durationSeconds,
        facts.durationFrames,
        facts.startTimecode,
        facts.width,
        facts.height,
        facts.hasVideo,
        facts.hasAudio,
        facts.audioChannels,
        facts.audioRate,
        facts.format,
        facts.codec,
        facts.technicalJson,
        at,
      ],
    );
  },
  /** Records the proxy's storage key; a picture proxy is never replaced by a sound one. */
  async recordProxy(
    manager: EntityManager,
    ref: VersionRef,
    rendition: { kind: string; storageKey: string },
    at: Date,
  ): Promise<void> {
    await manager.query(
      `INSERT INTO version_media (version_id, asset_id, workspace_id, proxy_key, proxy_kind, proxy_ready_at) VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (version_id) DO UPDATE SET proxy_key = EXCLUDED.proxy_key, proxy_kind = EXCLUDED.proxy_kind, proxy_ready_at = EXCLUDED.proxy_ready_at
       WHERE version_media.asset_id = EXCLUDED.asset_id AND (version_media.proxy_kind IS DISTINCT FROM 'proxy' OR EXCLUDED.proxy_kind = 'proxy')`,
      [ref.versionId, ref.assetId, ref.workspaceId, rendition.storageKey, rendition.kind, at],
    );
  },
};
