import { EntitySchema } from 'typeorm';

/** An asset's membership of a MANUAL collection, at a position (gap numbering, see ordered-positions). */
export interface CollectionAsset {
  collectionId: string;
  assetId: string;
  position: number;
  addedBy: string;
  addedAt: Date;
}

export const CollectionAssetEntity = new EntitySchema<CollectionAsset>({
  name: 'CollectionAsset',
  tableName: 'collection_assets',
  columns: {
    collectionId: { name: 'collection_id', type: 'uuid', primary: true },
    assetId: { name: 'asset_id', type: 'uuid', primary: true },
    position: {
      type: 'bigint',
      transformer: { to: (value: number) => value, from: (value: string | number) => Number(value) },
    },
    addedBy: { name: 'added_by', type: 'text' },
    addedAt: { name: 'added_at', type: 'timestamptz' },
  },
});
