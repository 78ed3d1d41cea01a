import type { BusRecord, BusSubscription, Delivery, EventBus } from './bus';

const inProcessDelivery: Delivery = { heartbeat: async () => undefined };

/**
 * Embedded-mode transport: the outbox relay hands each record straight to every subscribed
 * group in this process and marks it published only after all of them committed their effect,
 * so the outbox tables stay the durable log and a restart loses nothing.
 */
export function createInProcessBus(): EventBus {
  const subscriptions: BusSubscription[] = [];
  const queues = new Map<BusSubscription, Promise<void>>();
  const enqueue = (subscription: BusSubscription, record: BusRecord) => {
    const previous = queues.get(subscription) ?? Promise.resolve();
    // A subscription stopped meanwhile takes nothing more (its work rows stay queued for later).
    const next = previous.then(() =>
      subscriptions.includes(subscription) ? subscription.handle(record, inProcessDelivery) : undefined,
    );
    queues.set(
      subscription,
      next.catch(() => undefined),
    );
  };
  return {
    kind: 'in-process',
    async publish(records: BusRecord[]) {
      for (const record of records) {
        for (const subscription of subscriptions.filter((s) => s.topic === record.topic)) {
          if (subscription.longRunning) enqueue(subscription, record);
          else await subscription.handle(record, inProcessDelivery);
        }
      }
    },
    async subscribe(subscription: BusSubscription) {
      subscriptions.push(subscription);
    },
    async stop(group?: string) {
      const stopping = subscriptions.filter((s) => group === undefined || s.group === group);
      for (const subscription of stopping) subscriptions.splice(subscriptions.indexOf(subscription), 1);
      // Let work already handed over finish (or fail fast, when its owner aborted it).
      await Promise.all(stopping.map((subscription) => queues.get(subscription) ?? Promise.resolve()));
    },
  };
}
