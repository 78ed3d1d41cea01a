import { EntitySchema } from 'typeorm';

/** A stored metadata value: what validation of its field's type produced. */
export type MetadataScalar = string | number | boolean | string[];

export interface Asset {
  id: string;
  workspaceId: string;
  title: string;
  description: string | null;
  /** video, audio, image, document or other; picks the metadata schemas that apply. */
  type: string | null;
  createdBy: string;
  createdAt: Date;
  updatedAt: Date;
  revision: number;
  currentVersionId: string | null;
  /** Check-out lock: all three set, or all three null. An expired lock counts as free. */
  lockHolder: string | null;
  lockAcquiredAt: Date | null;
  lockExpiresAt: Date | null;
  /** Values by metadata field key. */
  metadata: Record<string, MetadataScalar>;
  /** Free-form tags, in the order given; absent on an asset object built before it was stored. */
  tags?: string[];
}

export const AssetEntity = new EntitySchema<Asset>({
  name: 'Asset',
  tableName: 'assets',
  columns: {
    id: { type: 'uuid', primary: true },
    workspaceId: { name: 'workspace_id', type: 'text' },
    title: { type: 'text' },
    description: { type: 'text', nullable: true },
    type: { type: 'text', nullable: true },
    createdBy: { name: 'created_by', type: 'text' },
    createdAt: { name: 'created_at', type: 'timestamptz' },
    updatedAt: { name: 'updated_at', type: 'timestamptz' },
    revision: { type: 'int' },
    currentVersionId: { name: 'current_version_id', type: 'uuid', nullable: true },
    lockHolder: { name: 'lock_holder', type: 'text', nullable: true },
    lockAcquiredAt: { name: 'lock_acquired_at', type: 'timestamptz', nullable: true },
    lockExpiresAt: { name: 'lock_expires_at', type: 'timestamptz', nullable: true },
    metadata: { type: 'jsonb', default: {} },
    tags: { type: 'text', array: true, default: () => "'{}'" },
  },
});
