import type { DataSource } from '@mam/db';
import type { RequestContext } from '@mam/graphql';

export interface ArchiveContext extends RequestContext {
  dataSource: DataSource;
}
