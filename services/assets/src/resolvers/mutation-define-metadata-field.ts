import type { AssetsContext } from '../context';
import { defineMetadataField as defineMetadataFieldUseCase, type DefineMetadataFieldInput } from '../domain/metadata/define-metadata-field';
import { toDefinition } from '../repositories/metadata.repository';
import { requireAdmin } from './require-admin';

export async function defineMetadataField(_root: unknown, args: { input: DefineMetadataFieldInput }, context: AssetsContext) {
  return toDefinition(await defineMetadataFieldUseCase(context.dataSource, requireAdmin(context), args.input));
}
