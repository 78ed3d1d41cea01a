import type { DataSource } from '@mam/db';
import { requireIdentity, type RequestContext } from '@mam/graphql';

/**
 * Whether the caller's workspace owns the asset, by the local projection. Resolvers return
 * nothing for an asset that is not visible, so it looks exactly like one that does not exist.
 */
export async function isAssetVisible(dataSource: DataSource, context: RequestContext, assetId: string): Promise<boolean> {
  const identity = requireIdentity(context);
  const rows = await dataSource.query('SELECT 1 FROM asset_access WHERE asset_id::text = $1 AND workspace_id = $2', [assetId, identity.workspaceId]);
  return rows.length > 0;
}
