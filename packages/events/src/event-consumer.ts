import type { DescMessage, MessageShape } from '@bufbuild/protobuf';
import { isMessage } from '@bufbuild/protobuf';
import type { DataSource, EntityManager } from 'typeorm';
import type { Logger } from '@mam/logger';
import { deadLetterTopic, type BusRecord, type BusSubscription, type EventBus } from './bus';
import { decodeEnvelope, type DecodedEvent } from './envelope';

/** Thrown by a handler for an event that can never succeed: it goes to the dead-letter topic at once. */
export class PermanentEventError extends Error {
  override name = 'PermanentEventError';
}

export type EventHandler = (event: DecodedEvent, manager: EntityManager) => Promise<void>;

/** A handler for one payload type; the payload arrives typed, the effect runs in the inbox transaction. */
export function on<Desc extends DescMessage>(schema: Desc, apply: (payload: MessageShape<Desc>, event: DecodedEvent, manager: EntityManager) => Promise<void>): EventHandler {
  return async (event, manager) => {
    if (!isMessage(event.payload, schema)) throw new PermanentEventError(`payload is ${event.payload.$typeName}, expected ${schema.typeName}`);
    await apply(event.payload as MessageShape<Desc>, event, manager);
  };
}

export interface EventConsumerOptions {
  group: string;
  topic: string;
  dataSource: DataSource;
  bus: EventBus;
  logger: Logger;
  /** Handlers by envelope type; types without a handler are recorded as seen and skipped. */
  handlers: Record<string, EventHandler>;
  attempts?: number;
  backoffMs?: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * An idempotent consumer: the event id is recorded in the inbox in the same transaction as the
 * effect, so a redelivered event changes nothing. Undecodable events and events that keep failing
 * are dead-lettered (kept in the dead_letters table and published to `<topic>.dlq.<group>`) and
 * consumption moves on. Only when even that fails does handle() reject, leaving the offset uncommitted.
 */
export function createEventConsumer(options: EventConsumerOptions): BusSubscription {
  const { group, dataSource, bus, logger } = options;
  const attempts = options.attempts ?? 5;
  const backoffMs = options.backoffMs ?? 200;

  async function deadLetter(record: BusRecord, reason: string): Promise<void> {
    logger.warn({ group, topic: record.topic, key: record.key, reason }, 'event dead-lettered');
    await dataSource.query('INSERT INTO dead_letters (consumer_group, topic, key, value, reason) VALUES ($1, $2, $3, $4, $5)', [
      group,
      record.topic,
      record.key,
      Buffer.from(record.value),
      reason,
    ]);
    await bus.publish([{ topic: deadLetterTopic(record.topic, group), key: record.key, value: record.value, headers: { 'mam-dlq-reason': reason, 'mam-dlq-group': group } }]);
  }

  async function apply(event: DecodedEvent): Promise<void> {
    await dataSource.transaction(async (manager) => {
      const inserted = await manager.query('INSERT INTO inbox (consumer_group, event_id) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING event_id', [group, event.eventId]);
      if (inserted.length === 0) return; // already applied
      const handler = options.handlers[event.type];
      if (handler) await handler(event, manager);
    });
  }

  return {
    group,
    topic: options.topic,
    async handle(record: BusRecord) {
      let event: DecodedEvent;
      try {
        event = decodeEnvelope(record.value);
      } catch (error) {
        await deadLetter(record, `undecodable: ${(error as Error).message}`);
        return;
      }
      for (let attempt = 1; ; attempt++) {
        try {
          await apply(event);
          return;
        } catch (error) {
          const permanent = error instanceof PermanentEventError;
          if (permanent || attempt >= attempts) {
            await deadLetter(record, `${permanent ? 'rejected' : `failed ${attempt} times`}: ${(error as Error).message}`);
            return;
          }
          logger.warn({ err: error, group, eventId: event.eventId, attempt }, 'event handler failed; retrying');
          await sleep(backoffMs * 2 ** (attempt - 1));
        }
      }
    },
  };
}
