import type { EntityManager } from 'typeorm';
import { MetadataFieldEntity, type MetadataField } from '../entities/metadata-field.entity';
import { MetadataSchemaEntity, type MetadataSchema } from '../entities/metadata-schema.entity';
import { SYSTEM_METADATA_FIELDS, type MetadataFieldDefinition } from '../domain/metadata/metadata-field-definition';

export function toDefinition(field: MetadataField): MetadataFieldDefinition {
  return { key: field.key, label: field.label, type: field.type, choices: field.choices, required: field.required, description: field.description, system: false };
}

/** A workspace's metadata fields (built-in rights fields first) and schemas. */
export function metadataRepository(manager: EntityManager) {
  return {
    async fields(workspaceId: string): Promise<MetadataFieldDefinition[]> {
      const stored = await manager.find(MetadataFieldEntity, { where: { workspaceId }, order: { createdAt: 'ASC', key: 'ASC' } });
      return [...SYSTEM_METADATA_FIELDS, ...stored.map(toDefinition)];
    },
    async fieldsByKey(workspaceId: string): Promise<Map<string, MetadataFieldDefinition>> {
      return new Map((await this.fields(workspaceId)).map((field) => [field.key, field]));
    },
    schemas(workspaceId: string): Promise<MetadataSchema[]> {
      return manager.find(MetadataSchemaEntity, { where: { workspaceId }, order: { createdAt: 'ASC', name: 'ASC' } });
    },
  };
}
