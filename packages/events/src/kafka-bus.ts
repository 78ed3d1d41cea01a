import { Kafka, logLevel, type Consumer, type Producer } from 'kafkajs';
import type { Logger } from '@mam/logger';
import type { BusRecord, BusSubscription, EventBus } from './bus';

export interface KafkaBusOptions {
  brokers: string[];
  clientId: string;
  /** Prepended to every topic and group name, so test runs and tenants share a cluster safely. */
  topicPrefix?: string;
  partitions?: number;
  logger: Logger;
}

/** The only module that talks to kafkajs: a replaceable adapter behind EventBus. */
export function createKafkaBus(options: KafkaBusOptions): EventBus {
  const prefix = options.topicPrefix ?? '';
  const kafka = new Kafka({
    clientId: options.clientId,
    brokers: options.brokers,
    retry: { initialRetryTime: 200, retries: 8 },
    logLevel: logLevel.WARN,
    logCreator: () => ({ level, log }) => {
      const { message, ...extra } = log;
      if (level <= logLevel.ERROR) options.logger.error(extra, `kafka: ${message}`);
      else options.logger.warn(extra, `kafka: ${message}`);
    },
  });
  const admin = kafka.admin();
  const knownTopics = new Set<string>();
  const consumers: { group: string; consumer: Consumer }[] = [];
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
        await admin.createTopics({ waitForLeaders: true, topics: toCreate.map((topic) => ({ topic, numPartitions: options.partitions ?? 3 })) });
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
      for (const record of records) byTopic.set(prefix + record.topic, [...(byTopic.get(prefix + record.topic) ?? []), record]);
      await ensureTopics([...byTopic.keys()]);
      await (await getProducer()).sendBatch({
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
      // A short session lets a crashed instance's partitions move to the survivors within seconds.
      const consumer = kafka.consumer({ groupId: prefix + subscription.group, allowAutoTopicCreation: false, sessionTimeout: 10_000, heartbeatInterval: 1_000, retry: { retries: 10 } });
      await consumer.connect();
      await consumer.subscribe({ topic, fromBeginning: true });
      // kafkajs commits an offset only after eachMessage resolves, i.e. after the effect committed.
      await consumer.run({
        eachMessage: async ({ message, heartbeat }) => {
          const headers: Record<string, string> = {};
          for (const [name, value] of Object.entries(message.headers ?? {})) if (value !== undefined) headers[name] = String(value);
          await subscription.handle({
            topic: subscription.topic,
            key: message.key?.toString() ?? '',
            value: message.value ?? Buffer.alloc(0),
            headers,
          }, { heartbeat });
        },
      });
      consumers.push({ group: subscription.group, consumer });
    },
    async stop(group?: string) {
      const stopping = consumers.filter((c) => group === undefined || c.group === group);
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
