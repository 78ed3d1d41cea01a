import { EntitySchema } from 'typeorm';

export type StorageTier = 'HOT' | 'COLD' | 'RESTORING';

/** The archive service's own record of an asset. */
export interface ArchiveAsset {
  assetId: string;
  storageTier: StorageTier;
  updatedAt: Date;
}

export const ArchiveAssetEntity = new EntitySchema<ArchiveAsset>({
  name: 'ArchiveAsset',
  tableName: 'archive_assets',
  columns: {
    assetId: { name: 'asset_id', type: 'uuid', primary: true },
    storageTier: { name: 'storage_tier', type: 'text' },
    updatedAt: { name: 'updated_at', type: 'timestamptz' },
  },
});
