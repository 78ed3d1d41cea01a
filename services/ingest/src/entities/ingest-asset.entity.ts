import { EntitySchema } from 'typeorm';

export type IngestStatus = 'AWAITING_UPLOAD' | 'UPLOADING' | 'PROCESSING' | 'READY' | 'FAILED';

/** The ingest service's own record of an asset. */
export interface IngestAsset {
  assetId: string;
  ingestStatus: IngestStatus;
  updatedAt: Date;
}

export const IngestAssetEntity = new EntitySchema<IngestAsset>({
  name: 'IngestAsset',
  tableName: 'ingest_assets',
  columns: {
    assetId: { name: 'asset_id', type: 'uuid', primary: true },
    ingestStatus: { name: 'ingest_status', type: 'text' },
    updatedAt: { name: 'updated_at', type: 'timestamptz' },
  },
});
