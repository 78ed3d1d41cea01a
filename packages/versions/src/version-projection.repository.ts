import type { EntityManager } from 'typeorm';
import type { DataSource } from '@mam/db';
import type { AssetVersionFacts } from './asset-version';

/** The only place that reads and writes the `asset_versions` projection. */
type Queryable = Pick<DataSource | EntityManager, 'query'>;

interface VersionRow {
  version_id: string;
  asset_id: string;
  workspace_id: string;
  number: number | null;
  is_current: boolean;
  filename: string | null;
  master_key: string | null;
  sha256: string | null;
  size: string | null;
  created_at: Date | null;
  media_kind: string | null;
  format: string | null;
  codec: string | null;
  duration_seconds: number | null;
  width: number | null;
  height: number | null;
  frame_rate: string | null;
  start_timecode: string | null;
  duration_frames: number | null;
}

function toFacts(row: VersionRow): AssetVersionFacts {
  return {
    versionId: row.version_id,
    assetId: row.asset_id,
    workspaceId: row.workspace_id,
    number: row.number,
    current: row.is_current,
    filename: row.filename,
    masterKey: row.master_key,
    sha256: row.sha256,
    size: row.size === null ? null : Number(row.size),
    createdAt: row.created_at,
    media:
      row.media_kind === null
        ? null
        : {
            kind: row.media_kind,
            format: row.format,
            codec: row.codec,
            durationSeconds: row.duration_seconds,
            width: row.width,
            height: row.height,
            frameRate: row.frame_rate,
            startTimecode: row.start_timecode,
            durationFrames: row.duration_frames,
          },
  };
}

export interface RecordedVersion {
  versionId: string;
  assetId: string;
  workspaceId: string;
  number: number;
  current: boolean;
  filename: string;
  masterKey: string;
  sha256: string;
  size: bigint;
  createdAt: Date;
}

export interface ProbedMedia {
  versionId: string;
  assetId: string;
  workspaceId: string;
  kind: string;
  format: string;
  codec: string;
  durationSeconds: number;
  width: number;
  height: number;
  frameRate: string;
  /** SMPTE label of the first frame, when the source has one that exists at its rate. */
  startTimecode: string | null;
  durationFrames: number | null;
}

const nonEmpty = (value: string) => value || null;
const positive = (value: number) => (value > 0 ? value : null);

export const versionProjection = {
  /** A new version; when it became current, the asset's other versions stop being current. */
  async recordVersion(db: Queryable, version: RecordedVersion): Promise<void> {
    await db.query(
      `INSERT INTO asset_versions (version_id, asset_id, workspace_id, number, is_current, filename, master_key, sha256, size, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
       ON CONFLICT (version_id) DO UPDATE SET number = EXCLUDED.number, is_current = EXCLUDED.is_current, filename = EXCLUDED.filename,
         master_key = EXCLUDED.master_key, sha256 = EXCLUDED.sha256, size = EXCLUDED.size, created_at = EXCLUDED.created_at`,
      [
        version.versionId,
        version.assetId,
        version.workspaceId,
        version.number,
        version.current,
        version.filename,
        nonEmpty(version.masterKey),
        version.sha256,
        version.size.toString(),
        version.createdAt,
      ],
    );
    if (version.current) await this.makeCurrent(db, version.assetId, version.versionId);
  },

  /** Exactly one current version per asset: this one. */
  async makeCurrent(db: Queryable, assetId: string, versionId: string): Promise<void> {
    await db.query(
      'UPDATE asset_versions SET is_current = (version_id = $2) WHERE asset_id = $1 AND is_current <> (version_id = $2)',
      [assetId, versionId],
    );
  },

  /** Media facts as ingest probed them; kept even when the version itself is not known here yet. */
  async recordMedia(db: Queryable, media: ProbedMedia): Promise<void> {
    await db.query(
      `INSERT INTO asset_versions (version_id, asset_id, workspace_id, media_kind, format, codec, duration_seconds, width, height, frame_rate, start_timecode, duration_frames, probed_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, now())
       ON CONFLICT (version_id) DO UPDATE SET media_kind = EXCLUDED.media_kind, format = EXCLUDED.format, codec = EXCLUDED.codec,
         duration_seconds = EXCLUDED.duration_seconds, width = EXCLUDED.width, height = EXCLUDED.height, frame_rate = EXCLUDED.frame_rate,
         start_timecode = EXCLUDED.start_timecode, duration_frames = EXCLUDED.duration_frames, probed_at = now()`,
      [
        media.versionId,
        media.assetId,
        media.workspaceId,
        media.kind,
        nonEmpty(media.format),
        nonEmpty(media.codec),
        positive(media.durationSeconds),
        positive(media.width),
        positive(media.height),
        nonEmpty(media.frameRate),
        media.startTimecode,
        media.durationFrames,
      ],
    );
  },

  async find(db: Queryable, versionId: string): Promise<AssetVersionFacts | null> {
    const [row]: VersionRow[] = await db.query('SELECT * FROM asset_versions WHERE version_id::text = $1', [versionId]);
    return row ? toFacts(row) : null;
  },

  /** Every known version of an asset, oldest first. */
  async listForAsset(db: Queryable, assetId: string): Promise<AssetVersionFacts[]> {
    const rows: VersionRow[] = await db.query(
      'SELECT * FROM asset_versions WHERE asset_id::text = $1 AND number IS NOT NULL ORDER BY number',
      [assetId],
    );
    return rows.map(toFacts);
  },
};
