import type { DataSource, NotificationHub } from '@mam/db';
import type { RequestContext } from '@mam/graphql';
import type { JobQueue } from '@mam/jobs';
import type { DistributionConfig } from './config';
import type { DeliveryNotice } from './repositories/delivery-notices.repository';

export interface DistributionContext extends RequestContext {
  dataSource: DataSource;
  queue: JobQueue;
  config: DistributionConfig;
  /** Every change of a delivery, from any instance (NOTIFY). */
  deliveryUpdates: NotificationHub<DeliveryNotice>;
}
