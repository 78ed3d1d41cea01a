import { isAssetVisible } from '@mam/asset-access';
import { loadInBatch } from '@mam/graphql';
import type { IngestContext } from '../../context';
import { sourceObjectsRepository } from '../../repositories/source-objects.repository';
import { storageSourcesRepository } from '../../repositories/storage-sources.repository';
import { storageSourceView } from './storage-source-view';

/**
 * The source file an asset came from, with its missing state; null for uploads and for assets the
 * caller cannot see. Callers outside the source's workspace see its name, not its settings.
 */
export async function assetSourceFile(context: IngestContext, assetId: string) {
  if (!(await isAssetVisible(context.dataSource, context, assetId))) return null;
  const object = await loadInBatch(context, 'asset-source-file', assetId, async (ids) => {
    const rows = await sourceObjectsRepository.forAssets(context.dataSource, [...ids]);
    return new Map(rows.map((row) => [row.asset_id!, row]));
  });
  if (!object) return null;
  const source = await loadInBatch(context, 'storage-source', object.source_id, async (ids) => {
    const rows = await storageSourcesRepository.findMany(context.dataSource, [...ids]);
    return new Map(rows.map((row) => [row.id, row]));
  });
  if (!source) return null;
  const view = storageSourceView(source);
  // Someone the asset is shared with from another workspace learns its source's name, not where it is.
  const own = source.workspace_id === context.identity?.workspaceId;
  return {
    source: own ? view : { ...view, settings: {}, scan: { ...view.scan, error: null } },
    path: object.path,
    versionId: object.version_id,
    missing: object.state === 'missing',
    missingSince: object.missing_since?.toISOString() ?? null,
  };
}
