import { TOPICS, VersionApprovedSchema } from '@mam/proto';
import type { DataSource } from '@mam/db';
import { createEventConsumer, on, type EventBus } from '@mam/events';
import type { JobQueue } from '@mam/jobs';
import type { Logger } from '@mam/logger';
import { deliverOnApproval } from '../domain/deliveries/deliver-on-approval';

/** Review's decisions: an approved version is delivered by the workspace's rules. */
export function reviewConsumer(options: { dataSource: DataSource; bus: EventBus; logger: Logger; queue: JobQueue }) {
  return createEventConsumer({
    group: 'distribution.review',
    topic: TOPICS.reviewVersion,
    dataSource: options.dataSource,
    bus: options.bus,
    logger: options.logger,
    handlers: {
      'version.approved': on(VersionApprovedSchema, (approved, _event, manager) =>
        deliverOnApproval(manager, options.queue, approved, options.logger),
      ),
    },
  });
}
