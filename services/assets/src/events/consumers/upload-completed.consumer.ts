import { TOPICS, UploadCompletedSchema } from '@mam/proto';
import type { DataSource } from '@mam/db';
import { createEventConsumer, on, type EventBus } from '@mam/events';
import type { Logger } from '@mam/logger';
import { addVersionFromUpload } from '../../domain/versions/add-version-from-upload';

/**
 * Turns ingest's completed uploads into asset versions. The inbox makes redelivery harmless;
 * the other event types of the topic (probes, renditions) are recorded as seen and skipped.
 */
export function uploadCompletedConsumer(deps: { dataSource: DataSource; bus: EventBus; logger: Logger }) {
  return createEventConsumer({
    group: 'assets.uploads',
    topic: TOPICS.ingestUpload,
    dataSource: deps.dataSource,
    bus: deps.bus,
    logger: deps.logger,
    handlers: {
      'upload.completed': on(UploadCompletedSchema, async (upload, event, manager) => {
        const added = await addVersionFromUpload(manager, upload, event);
        if (added && !added.current)
          deps.logger.info(
            { assetId: added.asset.id, versionId: added.version.id },
            'version held: the asset is checked out by someone else',
          );
      }),
    },
  });
}
