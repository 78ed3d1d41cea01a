import type { EntityManager } from 'typeorm';
import type { RecordedVersion } from '@mam/versions';
import { versionDistributions } from '../repositories/version-distribution.repository';

/** A new version waits for its approval before anything is delivered. */
export async function registerVersion(version: RecordedVersion, manager: EntityManager): Promise<void> {
  await versionDistributions.register(manager, version.versionId, version.assetId);
}
