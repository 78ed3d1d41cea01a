import { loadConfigOrExit, type ServiceConfig, type z } from '@mam/config';
import type { EventBus } from '@mam/events';
import { createLogger, type Logger } from '@mam/logger';
import { createBus } from './create-bus';
import { runUntilSignal } from './run-until-signal';

/** A service's main.ts in one call: validated config, logger, event bus, start, drain on signal. */
export function runService<Shape extends z.ZodType<ServiceConfig>>(
  name: string,
  shape: Shape,
  create: (
    config: z.infer<Shape>,
    deps: { bus: EventBus; logger: Logger },
  ) => { start(): Promise<unknown>; stop(): Promise<void> },
): void {
  const config = loadConfigOrExit(shape);
  const logger = createLogger(name, config.LOG_LEVEL);
  const bus = createBus({
    brokers: config.KAFKA_BROKERS,
    topicPrefix: config.KAFKA_TOPIC_PREFIX,
    clientId: name,
    logger,
  });
  const service = create(config, { bus, logger });
  // The service drains first (server, consumers, relay, database), then its bus.
  runUntilSignal(
    {
      start: () => service.start(),
      stop: async () => {
        await service.stop();
        await bus.stop();
      },
    },
    logger,
  );
}
