import type { EntityManager } from 'typeorm';

/**
 * Once every job of a version has finished, the asset is READY, or FAILED naming what failed.
 * A READY asset whose renditions were skipped (they do not apply to its media) says which and why.
 */
export async function settleVersion(manager: EntityManager, assetId: string, versionId: string): Promise<void> {
  const jobs: { kind: string; status: string; reason: string | null }[] = await manager.query('SELECT kind, status, reason FROM rendition_jobs WHERE version_id = $1', [versionId]);
  if (jobs.some((job) => job.status === 'queued' || job.status === 'running')) return;
  const failed = jobs.filter((job) => job.status === 'failed');
  const skipped = jobs.filter((job) => job.status === 'skipped');
  const noted = failed.length ? failed : skipped;
  await manager.query('UPDATE ingest_assets SET ingest_status = $2, status_reason = $3, updated_at = now() WHERE asset_id = $1', [
    assetId,
    failed.length ? 'FAILED' : 'READY',
    noted.length ? noted.map((job) => `${job.kind}: ${job.reason}`).join('; ') : null,
  ]);
}
