import { requireWriter } from '@mam/graphql';
import type { AssetsContext } from '../context';
import { saveSearch as saveSearchUseCase, type SaveSearchInput } from '../domain/collections/save-search';

export function saveSearch(_root: unknown, args: { input: SaveSearchInput }, context: AssetsContext) {
  return saveSearchUseCase(context.dataSource, requireWriter(context), args.input);
}
