import type { ArchiveContext } from '../context';
import { requestArchive } from '../domain/archive/request-archive';
import { placeLegalHold, releaseLegalHold } from '../domain/holds/legal-holds';
import { purgePackage } from '../domain/holds/purge-package';
import { planArchive, runPolicy } from '../domain/policies/archive-selection';
import { createPolicy, type PolicyInput } from '../domain/policies/create-policy';
import { requestRestore, requestSubclip } from '../domain/restore/request-restore';

export const MutationResolvers = {
  archiveAsset: (_: unknown, args: { assetId: string; versionIds?: string[] | null }, context: ArchiveContext) =>
    requestArchive(context, args.assetId, args.versionIds ?? null),
  restoreAsset: (_: unknown, args: { assetId: string; versionId?: string | null }, context: ArchiveContext) =>
    requestRestore(context, args.assetId, args.versionId ?? null),
  restoreSubclip: (
    _: unknown,
    args: { input: { versionId: string; startTimecode: string; endTimecode: string } },
    context: ArchiveContext,
  ) => requestSubclip(context, args.input),
  placeLegalHold: (_: unknown, args: { assetId: string; reason: string }, context: ArchiveContext) =>
    placeLegalHold(context, args.assetId, args.reason),
  releaseLegalHold: (_: unknown, args: { assetId: string }, context: ArchiveContext) =>
    releaseLegalHold(context, args.assetId),
  createArchivePolicy: (_: unknown, args: { input: PolicyInput }, context: ArchiveContext) =>
    createPolicy(context, args.input),
  runArchivePolicy: (_: unknown, args: { id: string; dryRun: boolean }, context: ArchiveContext) =>
    runPolicy(context, args.id, args.dryRun),
  archiveCollection: (_: unknown, args: { collectionId: string; dryRun: boolean }, context: ArchiveContext) =>
    planArchive(context, { collectionId: args.collectionId, olderThanDays: null }, args.dryRun),
  purgeArchivePackage: (_: unknown, args: { packageId: string }, context: ArchiveContext) =>
    purgePackage(context, args.packageId),
};
