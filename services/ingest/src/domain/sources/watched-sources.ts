import { resolve } from 'node:path';
import type { DataSource } from '@mam/db';
import type { IngestConfig } from '../../config';
import { storageSourcesRepository } from '../../repositories/storage-sources.repository';

/** The folders of local sources that asked to be watched, by source id. */
export async function watchedFolders(
  dataSource: DataSource,
  config: Pick<IngestConfig, 'LOCAL_SOURCE_ROOT'>,
): Promise<Map<string, string>> {
  const rows = await storageSourcesRepository.watched(dataSource);
  return new Map(rows.map((row) => [row.id, resolve(config.LOCAL_SOURCE_ROOT, String(row.settings.path))]));
}

/** Something changed in a watched folder: scan it as soon as an instance is free. */
export const askForScan = (dataSource: DataSource, sourceId: string): Promise<void> =>
  storageSourcesRepository.requestScan(dataSource, sourceId);
