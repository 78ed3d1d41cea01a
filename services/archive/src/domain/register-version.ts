import type { EntityManager } from 'typeorm';
import type { RecordedVersion } from '@mam/versions';
import { archiveVersions } from '../repositories/archive-version.repository';

/** A new version's master starts on the online tier. */
export async function registerVersion(version: RecordedVersion, manager: EntityManager): Promise<void> {
  await archiveVersions.register(manager, version.versionId, version.assetId);
}
