import { requireIdentity } from '@mam/graphql';
import type { AssetsContext } from '../context';
import { collectionRepository } from '../repositories/collection.repository';
import { visibleCollection } from './collection-visibility';

export async function collection(_root: unknown, args: { id: string }, context: AssetsContext) {
  return visibleCollection(
    context,
    await collectionRepository(context.dataSource.manager).find(requireIdentity(context).workspaceId, args.id),
  );
}
