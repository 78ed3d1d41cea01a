import type { AssetsContext } from '../context';
import { requireAdmin } from '@mam/graphql';
import {
  defineMetadataSchema as defineMetadataSchemaUseCase,
  type DefineMetadataSchemaInput,
} from '../domain/metadata/define-metadata-schema';

export function defineMetadataSchema(
  _root: unknown,
  args: { input: DefineMetadataSchemaInput },
  context: AssetsContext,
) {
  return defineMetadataSchemaUseCase(context.dataSource, requireAdmin(context), args.input);
}
