import { EntitySchema } from 'typeorm';

export interface Asset {
  id: string;
  workspaceId: string;
  title: string;
  description: string | null;
  createdBy: string;
  createdAt: Date;
  updatedAt: Date;
  revision: number;
  currentVersionId: string | null;
}

export const AssetEntity = new EntitySchema<Asset>({
  name: 'Asset',
  tableName: 'assets',
  columns: {
    id: { type: 'uuid', primary: true },
    workspaceId: { name: 'workspace_id', type: 'text' },
    title: { type: 'text' },
    description: { type: 'text', nullable: true },
    createdBy: { name: 'created_by', type: 'text' },
    createdAt: { name: 'created_at', type: 'timestamptz' },
    updatedAt: { name: 'updated_at', type: 'timestamptz' },
    revision: { type: 'int' },
    currentVersionId: { name: 'current_version_id', type: 'uuid', nullable: true },
  },
});
