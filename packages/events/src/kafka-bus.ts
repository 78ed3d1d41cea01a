import { Kafka, logLevel, type Consumer, type Producer } from 'kafkajs';
import type { Logger } from '@mam/logger';
import type { BusRecord, BusSubscription, EventBus } from './bus';
import { skipIdlePendingRequestChecks } from './kafka-request-queue';

export interface KafkaBusOptions {
  brokers: string[];
  clientId: string;
  /** Prepended to every topic and group name, so test runs and tenants share a cluster safely. */
  topicPrefix?: string;
  partitions?: number;
  logger: Logger;
}

const RETRY_CAP_MS = 1_000;
/** While a handler works on a record, the group hears from this member this often. */
const HEARTBEAT_EVERY_MS = 1_000;

/** The only module that talks to kafkajs: a replaceable adapter behind EventBus. */
export function createKafkaBus(options: KafkaBusOptions): EventBus {
  skipIdlePendingRequestChecks();
  const prefix = options.topicPrefix ?? '';
  const kafka = new Kafka({
    clientId: options.clientId,
    brokers: options.brokers,
    // Retries stay short (at most RETRY_CAP_MS apart): kafkajs restarts a crashed consumer after the
    // last retry's wait, so this bounds how long consumers stay idle after the broker is back.
    retry: { initialRetryTime: 200, maxRetryTime: RETRY_CAP_MS, retries: 8 },
    logLevel: logLevel.WARN,
    logCreator:
      () =>
      ({ level, log }) => {
        const { message, ...extra } = log;
        if (level <= logLevel.ERROR) options.logger.error(extra, `kafka: ${message}`);
        else options.logger.warn(extra, `kafka: ${message}`);
      },
  });
  const admin = kafka.admin();
  const knownTopics = new Set<string>();
  const consumers: { group: string; consumer: Consumer; stopped: boolean }[] = [];
  let producer: Producer | undefined;
  let adminReady: Promise<void> | undefined;

  async function ensureTopics(topics: string[]): Promise<void> {
    const missing = topics.filter((t) => !knownTopics.has(t));
    if (missing.length === 0) return;
    adminReady ??= admin.connect();
    await adminReady;
    const existing = new Set(await admin.listTopics());
    const toCreate = missing.filter((t) => !existing.has(t));
    if (toCreate.length > 0) {
      try {
        await admin.createTopics({
          waitForLeaders: true,
          topics: toCreate.map((topic) => ({ topic, numPartitions: options.partitions ?? 3 })),
        });
      } catch (error) {
        // Another instance may have created it meanwhile; anything else surfaces on first use.
        options.logger.debug({ err: error, topics: toCreate }, 'topic creation raced');
      }
    }
    missing.forEach((t) => knownTopics.add(t));
  }

  async function getProducer(): Promise<Producer> {
    if (!producer) {
      const created = kafka.producer({ idempotent: true, maxInFlightRequests: 1, allowAutoTopicCreation: false });
      await created.connect();
      producer = created;
    }
    return producer;
  }

  return {
    kind: 'kafka',
    async publish(records: BusRecord[]) {
      if (records.length === 0) return;
      const byTopic = new Map<string, BusRecord[]>();
      for (const record of records)
        byTopic.set(prefix + record.topic, [...(byTopic.get(prefix + record.topic) ?? []), record]);
      await ensureTopics([...byTopic.keys()]);
      await (
        await getProducer()
      ).sendBatch({
        acks: -1,
        topicMessages: [...byTopic].map(([topic, list]) => ({
          topic,
          messages: list.map((r) => ({ key: r.key, value: Buffer.from(r.value), headers: r.headers })),
        })),
      });
    },
    async subscribe(subscription: BusSubscription) {
      const topic = prefix + subscription.topic;
      await ensureTopics([topic]);
      const entry = { group: subscription.group, consumer: undefined as unknown as Consumer, stopped: false };
      consumers.push(entry);
      const start = async () => {
        // A short session (the broker's least by default) lets a crashed instance's partitions move to
        // the survivors within seconds, and bounds the wait for members lost with a restarted broker.
        const consumer = kafka.consumer({
          groupId: prefix + subscription.group,
          allowAutoTopicCreation: false,
          sessionTimeout: 6_000,
          heartbeatInterval: HEARTBEAT_EVERY_MS,
          retry: { initialRetryTime: 200, maxRetryTime: RETRY_CAP_MS, retries: 10, restartOnFailure: async () => true },
        });
        entry.consumer = consumer;
        // kafkajs restarts by itself after retriable failures; after any other crash start afresh.
        consumer.on(consumer.events.CRASH, ({ payload }) => {
          if (payload.restart || entry.stopped) return;
          options.logger.error(
            { err: payload.error, group: subscription.group },
            'kafka consumer crashed; starting it again',
          );
          setTimeout(() => void restart(), RETRY_CAP_MS);
        });
        await consumer.connect();
        await consumer.subscribe({ topic, fromBeginning: true });
        // kafkajs commits an offset only after eachMessage resolves, i.e. after the effect committed.
        await consumer.run({
          // kafkajs hands each message its own heartbeat closure: calling it unbound is how it is meant to be used.
          // eslint-disable-next-line @typescript-eslint/unbound-method
          eachMessage: async ({ message, heartbeat }) => {
            const headers: Record<string, string> = {};
            for (const [name, value] of Object.entries(message.headers ?? {}))
              if (value !== undefined) headers[name] = String(value);
            // Heartbeat through slow handlers (a dependency timing out), so the group keeps this member.
            const beat = setInterval(() => void heartbeat().catch(() => undefined), HEARTBEAT_EVERY_MS);
            try {
              await subscription.handle(
                {
                  topic: subscription.topic,
                  key: message.key?.toString() ?? '',
                  value: message.value ?? Buffer.alloc(0),
                  headers,
                },
                { heartbeat },
              );
            } finally {
              clearInterval(beat);
            }
          },
        });
        // Stopped while this (re)start was under way: nothing may keep consuming.
        if (entry.stopped) await consumer.disconnect();
      };
      const restart = async () => {
        if (entry.stopped) return;
        await entry.consumer.disconnect().catch(() => undefined);
        await start().catch((error) => {
          options.logger.error(
            { err: error, group: subscription.group },
            'kafka consumer could not start; trying again',
          );
          setTimeout(() => void restart(), RETRY_CAP_MS);
        });
      };
      try {
        await start();
      } catch (error) {
        entry.stopped = true;
        consumers.splice(consumers.indexOf(entry), 1);
        throw error;
      }
    },
    async stop(group?: string) {
      const stopping = consumers.filter((c) => group === undefined || c.group === group);
      for (const c of stopping) c.stopped = true;
      await Promise.all(stopping.map((c) => c.consumer.disconnect()));
      for (const c of stopping) consumers.splice(consumers.indexOf(c), 1);
      if (group !== undefined) return;
      await producer?.disconnect();
      producer = undefined;
      if (adminReady) await admin.disconnect();
      adminReady = undefined;
    },
  };
}
