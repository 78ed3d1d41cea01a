import { requireIdentity } from '@mam/graphql';
import type { AssetsContext } from '../context';
import { metadataRepository } from '../repositories/metadata.repository';

export function metadataSchemas(_root: unknown, _args: unknown, context: AssetsContext) {
  return metadataRepository(context.dataSource.manager).schemas(requireIdentity(context).workspaceId);
}
