import { requireWriter } from '@mam/graphql';
import type { AssetsContext } from '../context';
import { promoteVersion as promoteVersionUseCase, type PromoteVersionInput } from '../domain/versions/promote-version';

export function promoteVersion(_root: unknown, args: PromoteVersionInput, context: AssetsContext) {
  return promoteVersionUseCase(context.dataSource, requireWriter(context), args);
}
