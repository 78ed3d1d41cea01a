import type { AssetAccessChange } from '@mam/asset-access';
import type { DataSource, NotificationHub } from '@mam/db';
import type { RequestContext } from '@mam/graphql';
import type { ArchiveDeps } from './domain/archive-deps';
import type { ArchiveJobUpdate } from './domain/job-updates';

export interface ArchiveContext extends RequestContext {
  dataSource: DataSource;
  deps: ArchiveDeps;
  jobUpdates: NotificationHub<ArchiveJobUpdate>;
  accessChanges: NotificationHub<AssetAccessChange>;
}
