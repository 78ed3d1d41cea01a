import { isAssetVisible } from '@mam/asset-access';
import { loadInBatch } from '@mam/graphql';
import type { IngestContext } from '../context';
import { renditionJobsRepository } from '../repositories/rendition-jobs.repository';
import { toRendition } from './rendition';

async function ingestRow(asset: { id: string }, context: IngestContext) {
  if (!(await isAssetVisible(context.dataSource, context, asset.id))) return undefined;
  // One query for every asset of the request's entity fetch, and for both fields of one asset.
  return loadInBatch(context, 'ingest-asset', asset.id, async (ids) => {
    const rows: { asset_id: string; ingest_status: string; status_reason: string | null }[] = await context.dataSource.query('SELECT asset_id::text, ingest_status, status_reason FROM ingest_assets WHERE asset_id = ANY($1::uuid[])', [ids]);
    return new Map(rows.map((r) => [r.asset_id, r]));
  });
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
