import type { AssetAccessChange } from '@mam/asset-access';
import type { DataSource, NotificationHub } from '@mam/db';
import type { RequestContext } from '@mam/graphql';
import type { BlobStorage } from '@mam/storage';
import type { IngestConfig } from './config';
import type { IngestProgressUpdate } from './domain/progress';

export interface IngestContext extends RequestContext {
  dataSource: DataSource;
  storage: BlobStorage;
  config: IngestConfig;
  progress: NotificationHub<IngestProgressUpdate>;
  /** What the access projection says about an asset changed (ASSET_ACCESS_CHANNEL). */
  accessChanges: NotificationHub<AssetAccessChange>;
}
