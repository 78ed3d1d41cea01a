import { isAssetVisible } from '@mam/asset-access';
import type { DataSource } from '@mam/db';
import type { RequestContext } from '@mam/graphql';
import type { AssetVersionFacts } from './asset-version';
import { versionProjection } from './version-projection.repository';

/**
 * A version as the local projection knows it, or null when it is unknown here or its asset is
 * not the caller's to see: resolvers answer such a version exactly like a missing one.
 */
export async function visibleVersion(
  dataSource: DataSource,
  context: RequestContext,
  versionId: string,
): Promise<AssetVersionFacts | null> {
  const version = await versionProjection.find(dataSource, versionId);
  if (!version || version.number === null) return null;
  return (await isAssetVisible(dataSource, context, version.assetId)) ? version : null;
}
