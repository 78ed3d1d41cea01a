import type { EntityManager } from 'typeorm';
import { timestampFromDate } from '@bufbuild/protobuf/wkt';
import { DeliveryCompletedSchema, DeliveryFailedSchema, TOPICS } from '@mam/proto';
import { appendToOutbox, type EventActor } from '@mam/events';
import { deliveriesRepository, type DeliveryRow, type OutputRow } from '../../repositories/deliveries.repository';

const ACTOR: EventActor = { subject: 'distribution', workspaceId: '', kind: 'system' };

const outputFacts = (outputs: OutputRow[]) =>
  outputs.map((output) => ({
    profileId: output.profile_id,
    status: output.status.toLowerCase(),
    reason: output.reason ?? '',
    integratedLoudness: output.loudness?.integrated ?? 0,
  }));

async function announce(
  manager: EntityManager,
  delivery: DeliveryRow,
  outputs: OutputRow[],
  reason: string | null,
): Promise<void> {
  const common = {
    deliveryId: delivery.id,
    assetId: delivery.asset_id,
    versionId: delivery.version_id,
    workspaceId: delivery.workspace_id,
    ruleId: delivery.rule_id ?? '',
    outputs: outputFacts(outputs),
    destinationIds: delivery.destination_ids,
  };
  const actor = { ...ACTOR, workspaceId: delivery.workspace_id };
  if (reason === null) {
    await appendToOutbox(manager, TOPICS.distributionDelivery, {
      type: 'delivery.completed',
      aggregateId: delivery.asset_id,
      actor,
      schema: DeliveryCompletedSchema,
      payload: { ...common, completedAt: timestampFromDate(new Date()) },
    });
  } else {
    await appendToOutbox(manager, TOPICS.distributionDelivery, {
      type: 'delivery.failed',
      aggregateId: delivery.asset_id,
      actor,
      schema: DeliveryFailedSchema,
      payload: { ...common, reason, failedAt: timestampFromDate(new Date()) },
    });
  }
}

/** The delivery's job finished: DELIVERED when every output reached every destination, else FAILED naming the first failure; announced either way. */
export async function settleDelivery(manager: EntityManager, deliveryId: string): Promise<void> {
  const outputs = await deliveriesRepository.outputs(manager, deliveryId);
  const failed = outputs.find((output) => output.status !== 'DELIVERED');
  const reason = failed ? `${failed.profile_name}: ${failed.reason ?? failed.status.toLowerCase()}` : null;
  const delivery = await deliveriesRepository.setStatus(manager, deliveryId, failed ? 'FAILED' : 'DELIVERED', {
    reason,
  });
  if (delivery) await announce(manager, delivery, outputs, reason);
}

/** The delivery's job failed for good (its master unreadable, its tries spent): every open output fails with the reason. */
export async function failDelivery(manager: EntityManager, deliveryId: string, reason: string): Promise<void> {
  await deliveriesRepository.endOpenOutputs(manager, deliveryId, 'FAILED', reason);
  const delivery = await deliveriesRepository.setStatus(manager, deliveryId, 'FAILED', { reason });
  if (delivery) await announce(manager, delivery, await deliveriesRepository.outputs(manager, deliveryId), reason);
}
