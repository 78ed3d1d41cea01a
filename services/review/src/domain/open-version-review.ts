import type { EntityManager } from 'typeorm';
import type { RecordedVersion } from '@mam/versions';
import { versionReviews } from '../repositories/version-review.repository';

/** Every new version starts its own review as PENDING; the asset's earlier versions keep theirs. */
export async function openVersionReview(version: RecordedVersion, manager: EntityManager): Promise<void> {
  await versionReviews.open(manager, version.versionId, version.assetId);
}
