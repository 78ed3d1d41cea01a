import type { DescMessage } from '@bufbuild/protobuf';
import type { EntityManager } from 'typeorm';
import { encodeEnvelope, type NewEvent } from './envelope';
import { uuidv7 } from './uuidv7';

export const OUTBOX_CHANNEL = 'mam_outbox';

/**
 * Records an event in the outbox inside the caller's transaction, so it commits (or not)
 * together with the state change. The NOTIFY is delivered on commit and wakes the relay.
 */
export async function appendToOutbox<Desc extends DescMessage>(
  manager: EntityManager,
  topic: string,
  event: NewEvent<Desc>,
): Promise<string> {
  const eventId = uuidv7();
  const value = encodeEnvelope(event, eventId);
  await manager.query('INSERT INTO outbox (event_id, topic, key, value) VALUES ($1, $2, $3, $4)', [
    eventId,
    topic,
    event.aggregateId,
    Buffer.from(value),
  ]);
  await manager.query(`SELECT pg_notify('${OUTBOX_CHANNEL}', '')`);
  return eventId;
}
