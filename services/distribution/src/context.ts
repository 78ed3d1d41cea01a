import type { DataSource } from '@mam/db';
import type { RequestContext } from '@mam/graphql';

export interface DistributionContext extends RequestContext {
  dataSource: DataSource;
}
