import { requireIdentity } from '@mam/graphql';
import type { ArchiveContext } from '../context';
import { listPolicies } from '../domain/policies/create-policy';
import { readArchiveJob, readLocations } from '../domain/read-archive';

export const QueryResolvers = {
  archiveLocations: (_: unknown, _args: unknown, context: ArchiveContext) => {
    requireIdentity(context);
    return readLocations(context);
  },
  archiveJob: (_: unknown, args: { id: string }, context: ArchiveContext) => readArchiveJob(context, args.id),
  archivePolicies: (_: unknown, _args: unknown, context: ArchiveContext) => listPolicies(context),
};
