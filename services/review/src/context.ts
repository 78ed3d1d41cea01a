import type { DataSource, NotificationHub } from '@mam/db';
import type { RequestContext } from '@mam/graphql';
import type { BlobStorage } from '@mam/storage';
import type { ReviewLiveUpdate } from './domain/live-updates';

export interface ReviewContext extends RequestContext {
  dataSource: DataSource;
  live: NotificationHub<ReviewLiveUpdate>;
  /** Masters, to picture commented frames; null when review is not given the storage. */
  storage: BlobStorage | null;
}
