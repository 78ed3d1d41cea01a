import type { DataSource } from '@mam/db';
import type { Asset } from '../entities/asset.entity';
import { assetRowMapper } from '../repositories/asset-rows';
import { isUuid, type Identity } from '@mam/graphql';
import { visibleAssetCondition } from '../repositories/asset-acl.repository';

/**
 * The assets search hits name, read again from the database (the source of truth, so a stale index
 * entry never leaks), and only those the caller may see. One plain query: hits are read on every search, and
 * the ORM's query building costs more than the query itself.
 */
export async function loadHitAssets(
  dataSource: DataSource,
  identity: Identity,
  ids: string[],
): Promise<Map<string, Asset>> {
  const wanted = ids.filter(isUuid);
  if (wanted.length === 0) return new Map();
  const params: unknown[] = [identity.workspaceId, wanted];
  const visible = visibleAssetCondition(identity, 'a', params);
  const rows: Record<string, unknown>[] = await dataSource.query(
    `SELECT a.* FROM assets a WHERE a.workspace_id = $1 AND a.id = ANY($2::uuid[])${visible ? ` AND ${visible}` : ''}`,
    params,
  );
  const map = assetRowMapper(dataSource);
  return new Map(rows.map((row) => [row.id as string, map(row)]));
}
