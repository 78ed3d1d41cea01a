import type { DataSource } from '@mam/db';
import type { RequestContext } from '@mam/graphql';

export interface IngestContext extends RequestContext {
  dataSource: DataSource;
}
