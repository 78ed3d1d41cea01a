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
    queues.set(subscription, previous.then(() => subscription.handle(record, inProcessDelivery)).catch(() => undefined));
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
      for (let i = subscriptions.length - 1; i >= 0; i--) {
        if (group === undefined || subscriptions[i].group === group) subscriptions.splice(i, 1);
      }
    },
  };
}
