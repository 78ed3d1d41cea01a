import { isUuid, requireIdentity } from '@mam/graphql';
import type { IngestContext } from '../../context';
import { storageSourcesRepository } from '../../repositories/storage-sources.repository';
import { storageSourceView, type StorageSourceView } from './storage-source-view';

/** The caller's workspace's sources with the state of their scans. */
export async function listStorageSources(context: IngestContext): Promise<StorageSourceView[]> {
  const identity = requireIdentity(context);
  return (await storageSourcesRepository.list(context.dataSource, identity.workspaceId)).map(storageSourceView);
}

/** One source of the caller's workspace; null when there is none by that id. */
export async function findStorageSource(context: IngestContext, id: string): Promise<StorageSourceView | null> {
  const identity = requireIdentity(context);
  const row = isUuid(id) ? await storageSourcesRepository.find(context.dataSource, id) : undefined;
  return row && row.workspace_id === identity.workspaceId ? storageSourceView(row) : null;
}
