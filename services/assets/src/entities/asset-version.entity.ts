import { EntitySchema } from 'typeorm';

export interface AssetVersion {
  id: string;
  assetId: string;
  number: number;
  createdBy: string;
  createdAt: Date;
}

export const AssetVersionEntity = new EntitySchema<AssetVersion>({
  name: 'AssetVersion',
  tableName: 'asset_versions',
  columns: {
    id: { type: 'uuid', primary: true },
    assetId: { name: 'asset_id', type: 'uuid' },
    number: { type: 'int' },
    createdBy: { name: 'created_by', type: 'text' },
    createdAt: { name: 'created_at', type: 'timestamptz' },
  },
});
