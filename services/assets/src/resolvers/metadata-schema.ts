import type { MetadataSchema } from '../entities/metadata-schema.entity';
import type { AssetsContext } from '../context';
import { metadataRepository } from '../repositories/metadata.repository';

export const MetadataSchemaResolvers = {
  /** The schema's fields in the order it lists them. */
  async fields(schema: MetadataSchema, _args: unknown, context: AssetsContext) {
    const fields = await metadataRepository(context.dataSource.manager).fieldsByKey(schema.workspaceId);
    return schema.fieldKeys.flatMap((key) => fields.get(key) ?? []);
  },
};
