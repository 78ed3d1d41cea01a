import { EntitySchema } from 'typeorm';

export type DistributionStatus = 'AWAITING_APPROVAL' | 'SCHEDULED' | 'DELIVERING' | 'DELIVERED' | 'FAILED';

/** The distribution service's own record of an asset. */
export interface DistributionAsset {
  assetId: string;
  distributionStatus: DistributionStatus;
  updatedAt: Date;
}

export const DistributionAssetEntity = new EntitySchema<DistributionAsset>({
  name: 'DistributionAsset',
  tableName: 'distribution_assets',
  columns: {
    assetId: { name: 'asset_id', type: 'uuid', primary: true },
    distributionStatus: { name: 'distribution_status', type: 'text' },
    updatedAt: { name: 'updated_at', type: 'timestamptz' },
  },
});
