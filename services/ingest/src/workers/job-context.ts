import type { DataSource } from '@mam/db';
import type { JobRunContext } from '@mam/jobs';
import type { Logger } from '@mam/logger';
import type { BlobStorage } from '@mam/storage';
import type { IngestConfig } from '../config';

/** What every job needs: its service's database, storage, limits and logger. */
export interface JobContext {
  dataSource: DataSource;
  storage: BlobStorage;
  config: IngestConfig;
  logger: Logger;
  /** Reports the job's progress, 0 to 1; cheap to call often. */
  onProgress: (fraction: number) => void;
  signal: AbortSignal;
  /** Takes other queued jobs into this run, when it makes their outputs too (see JobRunContext.adopt). */
  adopt?: JobRunContext['adopt'];
}
