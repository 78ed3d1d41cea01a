import { EntitySchema } from 'typeorm';

/**
 * What the assets service knows of a version's media, projected from ingest's `media.probed` and
 * `rendition.ready` events: enough to hand the version to an editing application and to search it.
 */
export interface VersionMedia {
  versionId: string;
  assetId: string;
  workspaceId: string;
  mediaKind: string | null;
  /** Exact rate as "num/den"; null when the media has no pictures. */
  frameRate: string | null;
  durationSeconds: number | null;
  /** Frames of the picture at frameRate, from the container's count when it gives one. */
  durationFrames: number | null;
  /** SMPTE timecode of the first frame ("10:00:00:00", drop-frame "01:00:00;00"). */
  startTimecode: string | null;
  width: number | null;
  height: number | null;
  hasVideo: boolean;
  hasAudio: boolean;
  audioChannels: number | null;
  audioRate: number | null;
  /** Container or file format, e.g. "mov,mp4,m4a,3gp,3g2,mj2"; empty until probed. */
  format: string;
  /** Main video (or audio) codec; empty until probed. */
  codec: string;
  /** Ingest's whole technical description (streams, timecode, EXIF); null when absent or too large. */
  technical: unknown;
  /** When the master was probed; null while only its proxy is known. */
  probedAt: Date | null;
  /** Storage key of the streamable proxy (video proxy, or audio proxy for sound-only media). */
  proxyKey: string | null;
  proxyKind: string | null;
  proxyReadyAt: Date | null;
}

export const VersionMediaEntity = new EntitySchema<VersionMedia>({
  name: 'VersionMedia',
  tableName: 'version_media',
  columns: {
    versionId: { name: 'version_id', type: 'uuid', primary: true },
    assetId: { name: 'asset_id', type: 'uuid' },
    workspaceId: { name: 'workspace_id', type: 'text' },
    mediaKind: { name: 'media_kind', type: 'text', nullable: true },
    frameRate: { name: 'frame_rate', type: 'text', nullable: true },
    durationSeconds: { name: 'duration_seconds', type: 'double precision', nullable: true },
    durationFrames: { name: 'duration_frames', type: 'int', nullable: true },
    startTimecode: { name: 'start_timecode', type: 'text', nullable: true },
    width: { type: 'int', nullable: true },
    height: { type: 'int', nullable: true },
    hasVideo: { name: 'has_video', type: 'boolean', default: false },
    hasAudio: { name: 'has_audio', type: 'boolean', default: false },
    audioChannels: { name: 'audio_channels', type: 'int', nullable: true },
    audioRate: { name: 'audio_rate', type: 'int', nullable: true },
    format: { type: 'text', default: '' },
    codec: { type: 'text', default: '' },
    technical: { type: 'jsonb', nullable: true },
    probedAt: { name: 'probed_at', type: 'timestamptz', nullable: true },
    proxyKey: { name: 'proxy_key', type: 'text', nullable: true },
    proxyKind: { name: 'proxy_kind', type: 'text', nullable: true },
    proxyReadyAt: { name: 'proxy_ready_at', type: 'timestamptz', nullable: true },
  },
});
