import type { DataSource } from '@mam/db';
import type { RequestContext } from '@mam/graphql';
import type { JobQueue } from '@mam/jobs';
import type { DistributionConfig } from './config';

export interface DistributionContext extends RequestContext {
  dataSource: DataSource;
  queue: JobQueue;
  config: DistributionConfig;
}
