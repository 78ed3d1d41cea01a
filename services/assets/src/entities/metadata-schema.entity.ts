import { EntitySchema } from 'typeorm';

/** Groups metadata fields for asset types: the fields an editor of such an asset fills in. */
export interface MetadataSchema {
  id: string;
  workspaceId: string;
  name: string;
  assetTypes: string[];
  fieldKeys: string[];
  createdBy: string;
  createdAt: Date;
}

export const MetadataSchemaEntity = new EntitySchema<MetadataSchema>({
  name: 'MetadataSchema',
  tableName: 'metadata_schemas',
  columns: {
    id: { type: 'uuid', primary: true },
    workspaceId: { name: 'workspace_id', type: 'text' },
    name: { type: 'text' },
    assetTypes: { name: 'asset_types', type: 'text', array: true },
    fieldKeys: { name: 'field_keys', type: 'text', array: true },
    createdBy: { name: 'created_by', type: 'text' },
    createdAt: { name: 'created_at', type: 'timestamptz' },
  },
});
