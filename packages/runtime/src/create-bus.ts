import { createInProcessBus, createKafkaBus, type EventBus } from '@mam/events';
import type { Logger } from '@mam/logger';

/** Kafka when brokers are configured; otherwise the in-process bus of embedded mode. */
export function createBus(options: {
  brokers: string[];
  topicPrefix: string;
  clientId: string;
  logger: Logger;
}): EventBus {
  if (options.brokers.length === 0) return createInProcessBus();
  return createKafkaBus({
    brokers: options.brokers,
    topicPrefix: options.topicPrefix,
    clientId: options.clientId,
    logger: options.logger,
  });
}
