import { EntitySchema } from 'typeorm';

export const METADATA_FIELD_TYPES = [
  'TEXT',
  'LONG_TEXT',
  'NUMBER',
  'DATE',
  'BOOLEAN',
  'SINGLE_CHOICE',
  'MULTIPLE_CHOICE',
  'USER',
  'URL',
] as const;
export type MetadataFieldType = (typeof METADATA_FIELD_TYPES)[number];

/** A typed custom field of a workspace; its key is the stable identifier values are stored under. */
export interface MetadataField {
  id: string;
  workspaceId: string;
  key: string;
  label: string;
  type: MetadataFieldType;
  /** Allowed values of SINGLE_CHOICE and MULTIPLE_CHOICE fields; null for other types. */
  choices: string[] | null;
  /** Must have a value on assets of a type whose metadata schema lists the field. */
  required: boolean;
  description: string | null;
  createdBy: string;
  createdAt: Date;
}

export const MetadataFieldEntity = new EntitySchema<MetadataField>({
  name: 'MetadataField',
  tableName: 'metadata_fields',
  columns: {
    id: { type: 'uuid', primary: true },
    workspaceId: { name: 'workspace_id', type: 'text' },
    key: { type: 'text' },
    label: { type: 'text' },
    type: { type: 'text' },
    choices: { type: 'jsonb', nullable: true },
    required: { type: 'boolean', default: false },
    description: { type: 'text', nullable: true },
    createdBy: { name: 'created_by', type: 'text' },
    createdAt: { name: 'created_at', type: 'timestamptz' },
  },
});
