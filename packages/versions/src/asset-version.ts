/** One version as the local projection knows it. */
export interface AssetVersionFacts {
  versionId: string;
  assetId: string;
  workspaceId: string;
  /** Null until assets' `asset.version-created` has arrived (ingest's facts may come first). */
  number: number | null;
  current: boolean;
  filename: string | null;
  /** Storage key of the master; never a URL. */
  masterKey: string | null;
  sha256: string | null;
  size: number | null;
  createdAt: Date | null;
  media: {
    kind: string;
    format: string | null;
    codec: string | null;
    durationSeconds: number | null;
    width: number | null;
    height: number | null;
    /** Exact rational rate as ingest reports it, e.g. "24000/1001". */
    frameRate: string | null;
    /** SMPTE label of the first frame ("01:00:00;00" is drop-frame); null when the source has none. */
    startTimecode: string | null;
    /** Frames of the picture; null when unknown or no picture. */
    durationFrames: number | null;
  } | null;
}
