import { requireIdentity } from '@mam/graphql';
import type { AssetHistoryEntry } from '../entities/asset-history.entity';
import type { AssetsContext } from '../context';
import { assetRepository } from '../repositories/asset.repository';

export const AssetHistoryEntryResolvers = {
  id: (entry: AssetHistoryEntry) => String(entry.seq),
  at: (entry: AssetHistoryEntry) => entry.occurredAt.toISOString(),
  version(entry: AssetHistoryEntry, _args: unknown, context: AssetsContext) {
    return entry.versionId
      ? assetRepository(context.dataSource).findVersion(requireIdentity(context), entry.versionId)
      : null;
  },
};
