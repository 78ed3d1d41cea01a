import { requireIdentity } from '@mam/graphql';
import type { AssetsContext } from '../context';
import { metadataRepository } from '../repositories/metadata.repository';

export function metadataFields(_root: unknown, _args: unknown, context: AssetsContext) {
  return metadataRepository(context.dataSource.manager).fields(requireIdentity(context).workspaceId);
}
