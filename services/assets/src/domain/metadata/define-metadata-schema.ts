import type { DataSource } from '@mam/db';
import { uuidv7 } from '@mam/events';
import { badInput, type Identity } from '@mam/graphql';
import type { MetadataSchema } from '../../entities/metadata-schema.entity';
import { metadataRepository } from '../../repositories/metadata.repository';
import { ASSET_TYPES, isAssetType } from '../assets/asset-types';

export const SCHEMA_NAME_MAX = 200;

export interface DefineMetadataSchemaInput {
  name: string;
  assetTypes: string[];
  fieldKeys: string[];
}

/** Groups metadata fields for asset types; a required field it lists must be filled on assets of those types. */
export async function defineMetadataSchema(
  dataSource: DataSource,
  admin: Identity,
  input: DefineMetadataSchemaInput,
): Promise<MetadataSchema> {
  const name = input.name.trim();
  if (!name || name.length > SCHEMA_NAME_MAX) throw badInput(`Name must be 1 to ${SCHEMA_NAME_MAX} characters`, 'name');
  const assetTypes = [...new Set(input.assetTypes)];
  if (assetTypes.length === 0) throw badInput('A schema applies to at least one asset type', 'assetTypes');
  const wrongTypes = assetTypes.filter((t) => !isAssetType(t));
  if (wrongTypes.length > 0)
    throw badInput(`Unknown asset types ${wrongTypes.join(', ')}; use ${ASSET_TYPES.join(', ')}`, 'assetTypes');
  const fieldKeys = [...new Set(input.fieldKeys)];
  if (fieldKeys.length === 0) throw badInput('A schema lists at least one field', 'fieldKeys');

  return dataSource.transaction(async (manager) => {
    const fields = await metadataRepository(manager).fieldsByKey(admin.workspaceId);
    const unknown = fieldKeys.filter((key) => !fields.has(key));
    if (unknown.length > 0) throw badInput(`Unknown metadata fields: ${unknown.join(', ')}`, 'fieldKeys');
    const schema: MetadataSchema = {
      id: uuidv7(),
      workspaceId: admin.workspaceId,
      name,
      assetTypes,
      fieldKeys,
      createdBy: admin.subject,
      createdAt: new Date(),
    };
    if (!(await metadataRepository(manager).insertSchema(schema)))
      throw badInput(`A metadata schema named "${name}" already exists`, 'name');
    return schema;
  });
}
