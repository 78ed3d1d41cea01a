import { badCursor, encodeCursor, readCursor, requireIdentity } from '@mam/graphql';
import type { Asset } from '../entities/asset.entity';
import type { AssetsContext } from '../context';
import { activeLock } from '../domain/assets/asset-lock';
import { assetRepository } from '../repositories/asset.repository';
import { metadataRepository } from '../repositories/metadata.repository';
import { pageSize } from './pagination';

/** A history page's cursor holds the sequence number of its last entry. */
function afterSeq(after: string | null | undefined): number | undefined {
  if (!after) return undefined;
  const seq = readCursor(after);
  if (typeof seq !== 'number' || !Number.isSafeInteger(seq) || seq < 1) throw badCursor();
  return seq;
}

export const AssetResolvers = {
  async __resolveReference(reference: { id: string }, context: AssetsContext) {
    const identity = requireIdentity(context);
    return assetRepository(context.dataSource).find(identity, reference.id);
  },
  createdAt: (asset: Asset) => asset.createdAt.toISOString(),
  updatedAt: (asset: Asset) => asset.updatedAt.toISOString(),
  async currentVersion(asset: Asset, _args: unknown, context: AssetsContext) {
    if (!asset.currentVersionId) return null;
    return assetRepository(context.dataSource).findVersion(requireIdentity(context), asset.currentVersionId);
  },
  versions: (asset: Asset, _args: unknown, context: AssetsContext) =>
    assetRepository(context.dataSource).versionsOf(asset.id),
  lock(asset: Asset) {
    const lock = activeLock(asset);
    return (
      lock && {
        holder: lock.holder,
        acquiredAt: lock.acquiredAt.toISOString(),
        expiresAt: lock.expiresAt.toISOString(),
      }
    );
  },
  async history(asset: Asset, args: { first?: number; after?: string | null }, context: AssetsContext) {
    const first = pageSize(args.first);
    const rows = await assetRepository(context.dataSource).historyOf(asset.id, first + 1, afterSeq(args.after));
    const edges = rows.slice(0, first).map((node) => ({ node, cursor: encodeCursor(node.seq) }));
    return { edges, pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null } };
  },
  async metadata(asset: Asset, _args: unknown, context: AssetsContext) {
    const fields = await metadataRepository(context.dataSource.manager).fields(asset.workspaceId);
    return fields
      .filter((f) => asset.metadata[f.key] !== undefined)
      .map((f) => ({ key: f.key, label: f.label, type: f.type, value: asset.metadata[f.key] }));
  },
};
