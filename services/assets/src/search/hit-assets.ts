import type { DataSource } from '@mam/db';
import { AssetEntity, type Asset } from '../entities/asset.entity';
import type { Identity } from '@mam/graphql';
import { visibleAssetCondition } from '../domain/asset-access';
import { isUuid } from '../repositories/asset.repository';

type RowMapper = (row: Record<string, unknown>) => Asset;

const mappers = new WeakMap<DataSource, RowMapper>();

/** Maps a raw `assets` row to the entity by the entity's own column metadata, so new columns come along. */
function mapperFor(dataSource: DataSource): RowMapper {
  let mapper = mappers.get(dataSource);
  if (!mapper) {
    const columns = dataSource.getMetadata(AssetEntity).columns.map((c) => {
      const transformer = Array.isArray(c.transformer) ? undefined : c.transformer;
      return { property: c.propertyName, column: c.databaseName, from: transformer?.from.bind(transformer) };
    });
    mapper = (row) => {
      const asset: Record<string, unknown> = {};
      for (const c of columns) asset[c.property] = c.from ? c.from(row[c.column]) : row[c.column];
      return asset as unknown as Asset;
    };
    mappers.set(dataSource, mapper);
  }
  return mapper;
}

/**
 * The assets search hits name, read again from the database (the source of truth, so a stale index
 * entry never leaks), and only those the caller may see. One plain query: hits are read on every search, and
 * the ORM's query building costs more than the query itself.
 */
export async function loadHitAssets(dataSource: DataSource, identity: Identity, ids: string[]): Promise<Map<string, Asset>> {
  const wanted = ids.filter(isUuid);
  if (wanted.length === 0) return new Map();
  const params: unknown[] = [identity.workspaceId, wanted];
  const visible = visibleAssetCondition(identity, 'a', params);
  const rows: Record<string, unknown>[] = await dataSource.query(`SELECT a.* FROM assets a WHERE a.workspace_id = $1 AND a.id = ANY($2::uuid[])${visible ? ` AND ${visible}` : ''}`, params);
  const map = mapperFor(dataSource);
  return new Map(rows.map((row) => [row.id as string, map(row)]));
}
