import type { EntityManager } from 'typeorm';
import type { EngineIdentity } from '@mam/enrichment';
import type { JobRow } from '@mam/jobs';

/** What a finished enrichment job produced: which engine ran and how many segments it found. */
export interface EnrichmentOutput {
  engine: EngineIdentity;
  segments: number;
}

/** A row of `enrichment_jobs` (see packages/jobs), with the asset and version it enriches. */
export interface EnrichmentJobRow extends JobRow<{ assetId?: string; versionId?: string }, EnrichmentOutput> {
  asset_id: string;
  version_id: string;
}

type Db = Pick<EntityManager, 'query'>;

/** Ingest's reads of `enrichment_jobs`; claims, leases and outcomes are written by the jobs package. */
export const enrichmentJobsRepository = {
  /** Serialises the extraction of a version's keyframes across instances, until the transaction ends. */
  async lockKeyframes(manager: EntityManager, versionId: string): Promise<void> {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended('keyframes:' || $1, 0))`, [versionId]);
  },

  async forVersion(db: Db, versionId: string): Promise<EnrichmentJobRow[]> {
    return db.query('SELECT * FROM enrichment_jobs WHERE version_id = $1 ORDER BY kind', [versionId]);
  },
  async forAsset(db: Db, assetId: string): Promise<EnrichmentJobRow[]> {
    return db.query('SELECT * FROM enrichment_jobs WHERE asset_id = $1 ORDER BY created_at, kind', [assetId]);
  },
};
