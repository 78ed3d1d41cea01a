import { MediaProbedSchema, RenditionReadySchema, TOPICS } from '@mam/proto';
import type { DataSource } from '@mam/db';
import { createEventConsumer, on, type EventBus } from '@mam/events';
import type { Logger } from '@mam/logger';
import { readMediaProbe } from '../../domain/read-media-probe';
import { recordMediaProbe, recordProxyReady } from '../../domain/record-version-media';

/**
 * Keeps the local projection of each version's media (rate, timecode, duration, proxy key) that
 * editing hand-off needs, from ingest's events; ingest stays the owner of technical metadata.
 */
export function mediaProjectionConsumer(deps: { dataSource: DataSource; bus: EventBus; logger: Logger }) {
  return createEventConsumer({
    group: 'assets.media',
    topic: TOPICS.ingestUpload,
    dataSource: deps.dataSource,
    bus: deps.bus,
    logger: deps.logger,
    handlers: {
      'media.probed': on(MediaProbedSchema, (probe, event, manager) => recordMediaProbe(manager, probe, readMediaProbe(probe), event.occurredAt)),
      'rendition.ready': on(RenditionReadySchema, async (rendition, event, manager) => {
        await recordProxyReady(manager, rendition, rendition, event.occurredAt);
      }),
    },
  });
}
