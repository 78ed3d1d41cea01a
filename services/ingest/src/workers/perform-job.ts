import { isMediaError } from '@mam/media';
import type { RenditionJobRow, RenditionOutput } from '../repositories/rendition-jobs.repository';
import type { JobContext } from './job-context';
import { makeRendition } from './make-rendition';
import { storeAndProbe } from './store-and-probe';

/** Runs one job: the upload's `ingest` job, or one rendition. */
export async function performJob(job: RenditionJobRow, context: JobContext): Promise<RenditionOutput | null> {
  if (job.kind === 'ingest') {
    await storeAndProbe(job, context);
    return null;
  }
  return makeRendition(job, context);
}

/** Failures caused by the media itself: retrying cannot help, so the job fails at once with the reason. */
export function isPermanentFailure(error: unknown): boolean {
  return isMediaError(error);
}
