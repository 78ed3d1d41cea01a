import type { DataSource } from '@mam/db';
import { AssetEntity, type Asset } from '../entities/asset.entity';

type RowMapper = (row: Record<string, unknown>) => Asset;

const mappers = new WeakMap<DataSource, RowMapper>();

/** Maps a raw `assets` row to the entity by the entity's own column metadata, so new columns come along. */
export function assetRowMapper(dataSource: DataSource): RowMapper {
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
