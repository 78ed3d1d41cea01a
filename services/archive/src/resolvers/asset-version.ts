import type { ArchiveContext } from '../context';
import { readVersionStorageTier } from '../domain/read-version-storage-tier';

export const AssetVersionResolvers = {
  storageTier: (version: { id: string }, _args: unknown, context: ArchiveContext) =>
    readVersionStorageTier(context, version.id),
};
