import { canChangeAsset } from '@mam/asset-access';
import { actorOf, isUuid, requireWriter } from '@mam/graphql';
import type { IngestContext } from '../context';
import { retryRendition as retry } from '../domain/retry-rendition';
import { renditionJobsRepository } from '../repositories/rendition-jobs.repository';
import { toRendition } from './rendition';

/** Queues a rendition again (a retry overwrites its previous output). */
export async function retryRendition(_root: unknown, args: { id: string }, context: IngestContext) {
  const identity = requireWriter(context);
  const job = isUuid(args.id) ? await renditionJobsRepository.find(context.dataSource, args.id) : undefined;
  if (!job || !(await canChangeAsset(context.dataSource, context, job.asset_id, 'editor'))) return null;
  return toRendition(await retry(context.dataSource, job, actorOf(identity)), context.config);
}
