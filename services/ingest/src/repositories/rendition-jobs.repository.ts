import type { EntityManager } from 'typeorm';
import type { JobRow, JobStatus } from '@mam/jobs';

export type { JobStatus };

/** What a finished rendition produced: its main file and, for some kinds, more files and an index. */
export interface RenditionOutput {
  key: string;
  width?: number;
  height?: number;
  durationSeconds?: number;
  items?: { key: string; seconds?: number; frame?: number; width?: number; height?: number; page?: number }[];
  details?: Record<string, unknown>;
  /** A video proxy's HLS stream (the MP4's encode, segmented). */
  hls?: HlsStreamOutput;
}

/** Where a rendition's HLS stream is: its playlist's key, and whether the playlist is complete (VOD). */
export interface HlsStreamOutput {
  playlist: string;
  complete: boolean;
  segments: number;
}

/** A row of ingest's job table (see packages/jobs), with the asset and version it works on. */
export interface RenditionJobRow extends JobRow<{ assetId?: string; versionId?: string }, RenditionOutput> {
  asset_id: string;
  version_id: string;
}

type Db = Pick<EntityManager, 'query'>;

/**
 * Ingest's reads of its job table, `rendition_jobs`. Claims, leases and outcomes are written by the
 * jobs package (renditionQueue.repository).
 */
export const renditionJobsRepository = {
  async find(db: Db, id: string): Promise<RenditionJobRow | undefined> {
    return (await db.query('SELECT * FROM rendition_jobs WHERE id = $1', [id]))[0];
  },
  async forVersion(db: Db, versionId: string): Promise<RenditionJobRow[]> {
    return db.query(`SELECT * FROM rendition_jobs WHERE version_id = $1 AND kind <> 'ingest' ORDER BY kind`, [
      versionId,
    ]);
  },
  async forAsset(db: Db, assetId: string): Promise<RenditionJobRow[]> {
    return db.query('SELECT * FROM rendition_jobs WHERE asset_id = $1 ORDER BY created_at, kind', [assetId]);
  },
  /**
   * Records, while the job runs, the part of its output already published (a growing HLS
   * stream), or clears it (null) when a try starts over; only for the worker holding the job.
   */
  async recordPartialOutput(
    db: Db,
    job: Pick<RenditionJobRow, 'id' | 'worker'>,
    partial: Pick<RenditionOutput, 'hls'> | null,
  ): Promise<void> {
    await db.query(
      `UPDATE rendition_jobs SET output = $3, updated_at = now() WHERE id = $1 AND worker = $2 AND status = 'running'`,
      [job.id, job.worker, partial && JSON.stringify(partial)],
    );
  },
  /** Where every job of a version stands (the ingest job included). */
  async statusesForVersion(db: Db, versionId: string): Promise<Pick<RenditionJobRow, 'kind' | 'status' | 'reason'>[]> {
    return db.query('SELECT kind, status, reason FROM rendition_jobs WHERE version_id = $1', [versionId]);
  },
};
