import { isAssetVisible } from '@mam/asset-access';
import type { IngestContext } from '../context';
import { renditionJobsRepository } from '../repositories/rendition-jobs.repository';
import { toRendition } from './rendition';

async function ingestRow(asset: { id: string }, context: IngestContext) {
  if (!(await isAssetVisible(context.dataSource, context, asset.id))) return undefined;
  const rows: { ingest_status: string; status_reason: string | null }[] = await context.dataSource.query('SELECT ingest_status, status_reason FROM ingest_assets WHERE asset_id = $1', [asset.id]);
  return rows[0];
}

export const AssetResolvers = {
  async ingestStatus(asset: { id: string }, _args: unknown, context: IngestContext) {
    return (await ingestRow(asset, context))?.ingest_status ?? null;
  },
  async ingestStatusReason(asset: { id: string }, _args: unknown, context: IngestContext) {
    return (await ingestRow(asset, context))?.status_reason ?? null;
  },
  async ingestJobs(asset: { id: string }, _args: unknown, context: IngestContext) {
    if (!(await isAssetVisible(context.dataSource, context, asset.id))) return [];
    return (await renditionJobsRepository.forAsset(context.dataSource, asset.id)).map((job) => toRendition(job, context.config));
  },
};
