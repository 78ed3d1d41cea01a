import { EntitySchema } from 'typeorm';

/** One uploaded file of an asset. Rows are only ever added, never replaced. */
export interface AssetVersion {
  id: string;
  assetId: string;
  number: number;
  createdBy: string;
  createdAt: Date;
  filename: string;
  sha256: string;
  /** Bytes; exact up to 2^53. */
  size: number;
  mimeType: string | null;
  note: string | null;
  uploadId: string | null;
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
    filename: { type: 'text', default: '' },
    sha256: { type: 'text', default: '' },
    size: {
      type: 'bigint',
      default: 0,
      transformer: { to: (value: number) => value, from: (value: string | number) => Number(value) },
    },
    mimeType: { name: 'mime_type', type: 'text', nullable: true },
    note: { type: 'text', nullable: true },
    uploadId: { name: 'upload_id', type: 'text', nullable: true },
  },
});
