import type { AssetsContext } from '../context';
import { requireAdmin } from '@mam/graphql';
import {
  defineMetadataField as defineMetadataFieldUseCase,
  type DefineMetadataFieldInput,
} from '../domain/metadata/define-metadata-field';
import { toDefinition } from '../repositories/metadata.repository';

export async function defineMetadataField(
  _root: unknown,
  args: { input: DefineMetadataFieldInput },
  context: AssetsContext,
) {
  return toDefinition(await defineMetadataFieldUseCase(context.dataSource, requireAdmin(context), args.input));
}
