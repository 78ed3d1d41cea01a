import type { DataSource, NotificationHub } from '@mam/db';
import type { RequestContext } from '@mam/graphql';
import type { BlobStorage } from '@mam/storage';
import type { ReviewLiveUpdate } from './domain/live-updates';
import type { MediaUrlSettings } from './domain/media/media-urls';

export interface ReviewContext extends RequestContext {
  dataSource: DataSource;
  live: NotificationHub<ReviewLiveUpdate>;
  /** Masters and renditions (commented frames, downloads); null when review is not given the storage. */
  storage: BlobStorage | null;
  /** How media URLs are signed. */
  media: MediaUrlSettings;
}
