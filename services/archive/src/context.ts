import type { DataSource } from '@mam/db';
import type { RequestContext } from '@mam/graphql';
import type { ArchiveDeps } from './domain/archive-deps';

export interface ArchiveContext extends RequestContext {
  dataSource: DataSource;
  deps: ArchiveDeps;
}
