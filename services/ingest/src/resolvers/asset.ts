import { isAssetVisible } from '@mam/asset-access';
import { loadInBatch } from '@mam/graphql';
import type { IngestContext } from '../context';
import { ingestAssetsRepository } from '../repositories/ingest-assets.repository';
import { renditionJobsRepository } from '../repositories/rendition-jobs.repository';
import { toRendition } from './rendition';
import { assetSourceFile } from '../domain/sources/asset-source-file';

async function ingestRow(asset: { id: string }, context: IngestContext) {
  if (!(await isAssetVisible(context.dataSource, context, asset.id))) return undefined;
  // One query for every asset of the request's entity fetch, and for both fields of one asset.
  return loadInBatch(context, 'ingest-asset', asset.id, async (ids) => {
    const rows = await ingestAssetsRepository.findMany(context.dataSource, ids);
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
    return (await renditionJobsRepository.forAsset(context.dataSource, asset.id)).map((job) =>
      toRendition(job, context.config),
    );
  },
  sourceFile(asset: { id: string }, _args: unknown, context: IngestContext) {
    return assetSourceFile(context, asset.id);
  },
};
