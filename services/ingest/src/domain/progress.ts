import type { EntityManager } from 'typeorm';

/** Job progress announced to live subscribers through NOTIFY on the ingest database. */
export const INGEST_PROGRESS_CHANNEL = 'mam_ingest_progress';

export interface IngestProgressUpdate {
  assetId: string;
  versionId: string;
  jobId: string;
  kind: string;
  status: 'queued' | 'running' | 'ready' | 'failed' | 'skipped';
  progress: number;
  reason: string | null;
}

export async function announceProgress(db: Pick<EntityManager, 'query'>, update: IngestProgressUpdate): Promise<void> {
  await db.query('SELECT pg_notify($1, $2)', [INGEST_PROGRESS_CHANNEL, JSON.stringify(update)]);
}
