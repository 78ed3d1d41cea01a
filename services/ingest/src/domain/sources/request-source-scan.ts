import { isUuid, notFound, requireWriter } from '@mam/graphql';
import type { IngestContext } from '../../context';
import { storageSourcesRepository } from '../../repositories/storage-sources.repository';
import { storageSourceView, type StorageSourceView } from './storage-source-view';

/** "Scan now": the next free instance scans the source (a scan under way carries on). Editors and admins. */
export async function requestSourceScan(context: IngestContext, id: string): Promise<StorageSourceView> {
  const identity = requireWriter(context);
  const source = isUuid(id) ? await storageSourcesRepository.find(context.dataSource, id) : undefined;
  if (!source || source.workspace_id !== identity.workspaceId) throw notFound(`Storage source ${id} not found`, { id });
  await storageSourcesRepository.requestScan(context.dataSource, id);
  return storageSourceView((await storageSourcesRepository.find(context.dataSource, id))!);
}
