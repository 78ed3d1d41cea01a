import type { ArchiveContext } from '../context';
import { requestArchive } from '../domain/archive/request-archive';
import { placeLegalHold, releaseLegalHold } from '../domain/holds/legal-holds';
import { requestRestore, requestSubclip } from '../domain/restore/request-restore';

export const MutationResolvers = {
  archiveAsset: (_: unknown, args: { assetId: string; versionIds?: string[] | null }, context: ArchiveContext) => requestArchive(context, args.assetId, args.versionIds ?? null),
  restoreAsset: (_: unknown, args: { assetId: string; versionId?: string | null }, context: ArchiveContext) => requestRestore(context, args.assetId, args.versionId ?? null),
  restoreSubclip: (_: unknown, args: { input: { versionId: string; startTimecode: string; endTimecode: string } }, context: ArchiveContext) => requestSubclip(context, args.input),
  placeLegalHold: (_: unknown, args: { assetId: string; reason: string }, context: ArchiveContext) => placeLegalHold(context, args.assetId, args.reason),
  releaseLegalHold: (_: unknown, args: { assetId: string }, context: ArchiveContext) => releaseLegalHold(context, args.assetId),
};
