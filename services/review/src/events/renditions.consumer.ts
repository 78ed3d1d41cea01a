import { RenditionFailedSchema, RenditionReadySchema, TOPICS } from '@mam/proto';
import type { DataSource } from '@mam/db';
import { createEventConsumer, on, type EventBus } from '@mam/events';
import type { Logger } from '@mam/logger';
import { recordRendition } from '../domain/media/record-rendition';

/** Keeps each version's proxy and poster (made or failed), from ingest's `rendition.ready` and `rendition.failed`. */
export function renditionsConsumer(deps: { dataSource: DataSource; bus: EventBus; logger: Logger }) {
  return createEventConsumer({
    group: 'review.renditions',
    topic: TOPICS.ingestUpload,
    dataSource: deps.dataSource,
    bus: deps.bus,
    logger: deps.logger,
    handlers: {
      'rendition.ready': on(RenditionReadySchema, (ready, _event, manager) => recordRendition(manager, ready, 'ready')),
      'rendition.failed': on(RenditionFailedSchema, (failed, _event, manager) =>
        recordRendition(manager, failed, 'failed'),
      ),
    },
  });
}
