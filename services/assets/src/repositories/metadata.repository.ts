import type { EntityManager } from 'typeorm';
import { MetadataFieldEntity, type MetadataField } from '../entities/metadata-field.entity';
import { MetadataSchemaEntity, type MetadataSchema } from '../entities/metadata-schema.entity';
import { SYSTEM_METADATA_FIELDS, type MetadataFieldDefinition } from '../domain/metadata/metadata-field-definition';

export function toDefinition(field: MetadataField): MetadataFieldDefinition {
  return {
    key: field.key,
    label: field.label,
    type: field.type,
    choices: field.choices,
    required: field.required,
    description: field.description,
    system: false,
  };
}

/** A workspace's metadata fields (built-in rights fields first) and schemas. */
export function metadataRepository(manager: EntityManager) {
  return {
    async fields(workspaceId: string): Promise<MetadataFieldDefinition[]> {
      const stored = await manager.find(MetadataFieldEntity, {
        where: { workspaceId },
        order: { createdAt: 'ASC', key: 'ASC' },
      });
      return [...SYSTEM_METADATA_FIELDS, ...stored.map(toDefinition)];
    },
    async fieldsByKey(workspaceId: string): Promise<Map<string, MetadataFieldDefinition>> {
      return new Map((await this.fields(workspaceId)).map((field) => [field.key, field]));
    },
    schemas(workspaceId: string): Promise<MetadataSchema[]> {
      return manager.find(MetadataSchemaEntity, { where: { workspaceId }, order: { createdAt: 'ASC', name: 'ASC' } });
    },
    /** A new field; false when the workspace has a field of that key already. */
    async insertField(field: MetadataField): Promise<boolean> {
      const inserted: unknown[] = await manager.query(
        `INSERT INTO metadata_fields (id, workspace_id, key, label, type, choices, required, description, created_by, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) ON CONFLICT (workspace_id, key) DO NOTHING RETURNING id`,
        [
          field.id,
          field.workspaceId,
          field.key,
          field.label,
          field.type,
          field.choices && JSON.stringify(field.choices),
          field.required,
          field.description,
          field.createdBy,
          field.createdAt,
        ],
      );
      return inserted.length > 0;
    },
    /** A new schema; false when the workspace has a schema of that name already. */
    async insertSchema(schema: MetadataSchema): Promise<boolean> {
      const inserted: unknown[] = await manager.query(
        `INSERT INTO metadata_schemas (id, workspace_id, name, asset_types, field_keys, created_by, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (workspace_id, name) DO NOTHING RETURNING id`,
        [
          schema.id,
          schema.workspaceId,
          schema.name,
          schema.assetTypes,
          schema.fieldKeys,
          schema.createdBy,
          schema.createdAt,
        ],
      );
      return inserted.length > 0;
    },
  };
}
