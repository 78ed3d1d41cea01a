import { timestampDate } from '@bufbuild/protobuf/wkt';
import { DeliveryCompletedSchema, TOPICS } from '@mam/proto';
import type { DataSource } from '@mam/db';
import { createEventConsumer, on, type EventBus } from '@mam/events';
import type { Logger } from '@mam/logger';
import { assetFacts } from '../repositories/asset-facts.repository';

/** Completed deliveries (distribution's topic): the packages' delivery history and policies' "days after delivery". */
export function deliveriesConsumer({
  dataSource,
  bus,
  logger,
}: {
  dataSource: DataSource;
  bus: EventBus;
  logger: Logger;
}) {
  return createEventConsumer({
    group: 'archive.deliveries',
    topic: TOPICS.distributionDelivery,
    dataSource,
    bus,
    logger,
    handlers: {
      'delivery.completed': on(DeliveryCompletedSchema, (delivered, event, manager) =>
        assetFacts.recordDelivery(manager, {
          delivery_id: delivered.deliveryId,
          asset_id: delivered.assetId,
          version_id: delivered.versionId || null,
          rule_id: delivered.ruleId,
          destination_ids: delivered.destinationIds,
          outputs: delivered.outputs.map((output) => ({
            profileId: output.profileId,
            status: output.status,
            integratedLoudness: output.integratedLoudness,
          })),
          completed_at: delivered.completedAt ? timestampDate(delivered.completedAt) : event.occurredAt,
        }),
      ),
    },
  });
}
