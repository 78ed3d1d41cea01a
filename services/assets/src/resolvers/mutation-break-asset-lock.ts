import type { AssetsContext } from '../context';
import { requireAdmin } from '@mam/graphql';
import { breakAssetLock as breakAssetLockUseCase } from '../domain/assets/break-asset-lock';

export function breakAssetLock(_root: unknown, args: { id: string }, context: AssetsContext) {
  return breakAssetLockUseCase(context.dataSource, requireAdmin(context), args.id);
}
