import { requireIdentity } from '@mam/graphql';
import type { AssetsContext } from '../context';
import { collectionRepository } from '../repositories/collection.repository';

export function collection(_root: unknown, args: { id: string }, context: AssetsContext) {
  return collectionRepository(context.dataSource.manager).find(requireIdentity(context).workspaceId, args.id);
}
