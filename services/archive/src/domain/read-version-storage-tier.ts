import { visibleVersion } from '@mam/versions';
import type { ArchiveContext } from '../context';
import { archiveVersions, type StorageTier } from '../repositories/archive-version.repository';

/** Where a version's master lives, or null when the version is unknown here or not the caller's to see. */
export async function readVersionStorageTier(context: ArchiveContext, versionId: string): Promise<StorageTier | null> {
  const version = await visibleVersion(context.dataSource, context, versionId);
  return version ? archiveVersions.storageTier(context.dataSource, version.versionId) : null;
}
