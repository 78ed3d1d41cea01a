import type { IngestContext } from '../context';
import { createStorageSource as create } from '../domain/sources/create-storage-source';
import type { SourceKind } from '../repositories/storage-sources.repository';

/** Registers a storage source; its first scan starts at once. */
export function createStorageSource(
  _root: unknown,
  args: {
    input: {
      name: string;
      kind: 'LOCAL' | 'SFTP' | 'S3';
      settings: unknown;
      credentials?: unknown;
      mode?: 'IN_PLACE' | 'COPY' | null;
      scheduleMinutes?: number | null;
      watch?: boolean | null;
    };
  },
  context: IngestContext,
) {
  const { input } = args;
  return create(context, {
    ...input,
    kind: input.kind.toLowerCase() as SourceKind,
    mode: input.mode ? (input.mode === 'IN_PLACE' ? 'in-place' : 'copy') : undefined,
    watch: input.watch ?? false,
  });
}
