import type { AssetsContext } from '../context';
import { breakAssetLock as breakAssetLockUseCase } from '../domain/assets/break-asset-lock';
import { requireAdmin } from './require-admin';

export function breakAssetLock(_root: unknown, args: { id: string }, context: AssetsContext) {
  return breakAssetLockUseCase(context.dataSource, requireAdmin(context), args.id);
}
