import { requireIdentity } from '@mam/graphql';
import type { AssetsContext } from '../context';
import { assetRepository } from '../repositories/asset.repository';

export function asset(_root: unknown, args: { id: string }, context: AssetsContext) {
  return assetRepository(context.dataSource).find(requireIdentity(context), args.id);
}

export function assetVersion(_root: unknown, args: { id: string }, context: AssetsContext) {
  return assetRepository(context.dataSource).findVersion(requireIdentity(context), args.id);
}
