import type { DataSource, NotificationHub } from '@mam/db';
import type { RequestContext } from '@mam/graphql';
import type { ReviewLiveUpdate } from './domain/live-updates';

export interface ReviewContext extends RequestContext {
  dataSource: DataSource;
  live: NotificationHub<ReviewLiveUpdate>;
}
