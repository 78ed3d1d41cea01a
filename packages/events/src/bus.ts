/** One message on a topic: the transport-neutral shape relays publish and consumers receive. */
export interface BusRecord {
  topic: string;
  key: string;
  value: Uint8Array;
  headers?: Record<string, string>;
}

/** What the transport offers a handler while it works on one record. */
export interface Delivery {
  /** Tells the broker this consumer is alive; long-running work calls it as it progresses. */
  heartbeat(): Promise<void>;
}

/** A consumer group's interest in one topic. `handle` resolves once the effect is committed. */
export interface BusSubscription {
  group: string;
  topic: string;
  handle(record: BusRecord, delivery: Delivery): Promise<void>;
  /**
   * Work that may take minutes (transcodes). The in-process bus hands such records over without
   * waiting, in order, one at a time; the work's own rows (jobs) keep it durable.
   */
  longRunning?: boolean;
}

/** Carries events between services: Kafka in production, in-process delivery in embedded mode. */
export interface EventBus {
  readonly kind: 'kafka' | 'in-process';
  publish(records: BusRecord[]): Promise<void>;
  subscribe(subscription: BusSubscription): Promise<void>;
  /** Stops the subscriptions of one group (used by graceful drain) or, without a group, everything. */
  stop(group?: string): Promise<void>;
}

export function deadLetterTopic(topic: string, group: string): string {
  return `${topic}.dlq.${group}`;
}
