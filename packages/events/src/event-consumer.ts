import type { DescMessage, MessageShape } from '@bufbuild/protobuf';
import { isMessage } from '@bufbuild/protobuf';
import type { DataSource, EntityManager } from 'typeorm';
import type { Logger } from '@mam/logger';
import { isUnavailable } from '@mam/db';
import { deadLetterTopic, type BusRecord, type BusSubscription, type Delivery, type EventBus } from './bus';
import { decodeEnvelope, type DecodedEvent } from './envelope';

/** Thrown by a handler for an event that can never succeed: it goes to the dead-letter topic at once. */
export class PermanentEventError extends Error {
  override name = 'PermanentEventError';
}

export type EventHandler = (event: DecodedEvent, manager: EntityManager) => Promise<void>;

/** A handler for one payload type; the payload arrives typed, the effect runs in the inbox transaction. */
export function on<Desc extends DescMessage>(
  schema: Desc,
  apply: (payload: MessageShape<Desc>, event: DecodedEvent, manager: EntityManager) => Promise<void>,
): EventHandler {
  return async (event, manager) => {
    if (!isMessage(event.payload, schema))
      throw new PermanentEventError(`payload is ${event.payload.$typeName}, expected ${schema.typeName}`);
    await apply(event.payload, event, manager);
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
  /** Tries of a handler that fails for a reason of its own before the event is dead-lettered. */
  attempts?: number;
  backoffMs?: number;
  /** Longest wait between retries while a dependency is unavailable (they go on until it is back). */
  maxBackoffMs?: number;
}

/** A consumer that cannot apply events because a dependency is down: shown in health and logs. */
export interface ConsumerStall {
  group: string;
  topic: string;
  since: Date;
  reason: string;
}

export type EventConsumer = BusSubscription & { stall(): ConsumerStall | undefined };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * An idempotent consumer: the event id is recorded in the inbox in the same transaction as the
 * effect, so a redelivered event changes nothing. A dependency that is unavailable (database,
 * search engine: see isUnavailable) is waited for with backoff, for as long as it takes, heartbeating
 * so the group keeps this member; the consumer reports itself stalled meanwhile. Undecodable events,
 * rejected ones and ones whose handler keeps failing for a reason of its own are dead-lettered
 * (dead_letters table and `<topic>.dlq.<group>`) and consumption moves on; a dead letter always means
 * the effect did not happen. Only when dead-lettering fails does handle() reject, leaving the offset uncommitted.
 */
export function createEventConsumer(options: EventConsumerOptions): EventConsumer {
  const { group, dataSource, bus, logger } = options;
  const attempts = options.attempts ?? 5;
  const backoffMs = options.backoffMs ?? 200;
  const maxBackoffMs = options.maxBackoffMs ?? 2_000;
  let stalled: ConsumerStall | undefined;

  async function deadLetter(record: BusRecord, reason: string): Promise<void> {
    logger.warn({ group, topic: record.topic, key: record.key, reason }, 'event dead-lettered');
    await dataSource.query(
      'INSERT INTO dead_letters (consumer_group, topic, key, value, reason) VALUES ($1, $2, $3, $4, $5)',
      [group, record.topic, record.key, Buffer.from(record.value), reason],
    );
    await bus.publish([
      {
        topic: deadLetterTopic(record.topic, group),
        key: record.key,
        value: record.value,
        headers: { 'mam-dlq-reason': reason, 'mam-dlq-group': group },
      },
    ]);
  }

  async function alreadyApplied(eventId: string): Promise<boolean> {
    return (
      (await dataSource.query('SELECT 1 FROM inbox WHERE consumer_group = $1 AND event_id = $2', [group, eventId]))
        .length > 0
    );
  }

  async function apply(event: DecodedEvent): Promise<void> {
    await dataSource.transaction(async (manager) => {
      const inserted = await manager.query(
        'INSERT INTO inbox (consumer_group, event_id) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING event_id',
        [group, event.eventId],
      );
      if (inserted.length === 0) return; // already applied
      const handler = options.handlers[event.type];
      if (handler) await handler(event, manager);
    });
  }

  /** Waits before the next try, heartbeating meanwhile; a lost membership ends the handling (the new owner takes the event). */
  async function pause(ms: number, delivery: Delivery): Promise<void> {
    for (let left = ms; left > 0; left -= 1_000) {
      await sleep(Math.min(left, 1_000));
      await delivery.heartbeat();
    }
  }

  function recovered(event: DecodedEvent): void {
    if (!stalled) return;
    logger.info(
      { group, topic: stalled.topic, eventId: event.eventId, stalledMs: Date.now() - stalled.since.getTime() },
      'consumer resumed: dependency available again',
    );
    stalled = undefined;
  }

  return {
    group,
    topic: options.topic,
    stall: () => stalled,
    async handle(record: BusRecord, delivery: Delivery) {
      let event: DecodedEvent;
      try {
        event = decodeEnvelope(record.value);
      } catch (error) {
        await deadLetter(record, `undecodable: ${(error as Error).message}`);
        return;
      }
      let failures = 0;
      for (let tries = 1; ; tries++) {
        try {
          await apply(event);
          recovered(event);
          return;
        } catch (error) {
          const message = (error as Error).message;
          if (isUnavailable(error)) {
            if (!stalled)
              logger.warn(
                { err: error, group, topic: record.topic, eventId: event.eventId },
                'consumer stalled: a dependency is unavailable; retrying until it is back',
              );
            stalled ??= { group, topic: record.topic, since: new Date(), reason: message };
            await pause(Math.min(maxBackoffMs, backoffMs * 2 ** Math.min(tries - 1, 10)), delivery);
            continue;
          }
          failures++;
          const permanent = error instanceof PermanentEventError;
          if (permanent || failures >= attempts) {
            // Applied meanwhile by another member (a redelivery after a rebalance): not a dead letter.
            if (await alreadyApplied(event.eventId)) return;
            await deadLetter(record, `${permanent ? 'rejected' : `failed ${failures} times`}: ${message}`);
            return;
          }
          logger.warn(
            { err: error, group, eventId: event.eventId, attempt: failures },
            'event handler failed; retrying',
          );
          await pause(backoffMs * 2 ** (failures - 1), delivery);
        }
      }
    },
  };
}
