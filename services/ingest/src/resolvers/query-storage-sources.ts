import type { IngestContext } from '../context';
import { findStorageSource, listStorageSources } from '../domain/sources/list-storage-sources';

export const storageSources = (_root: unknown, _args: unknown, context: IngestContext) => listStorageSources(context);

export const storageSource = (_root: unknown, args: { id: string }, context: IngestContext) =>
  findStorageSource(context, args.id);
