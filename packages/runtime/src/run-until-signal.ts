import type { EventBus } from '@mam/events';
import type { Logger } from '@mam/logger';

/** For a service's main.ts: start, then drain and stop on SIGTERM or SIGINT. */
export function runUntilSignal(service: { start(): Promise<unknown>; stop(): Promise<void> }, bus: EventBus, logger: Logger): void {
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'draining');
    try {
      await service.stop();
      await bus.stop();
      process.exit(0);
    } catch (error) {
      logger.error({ err: error }, 'drain failed');
      process.exit(1);
    }
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
  service.start().catch((error) => {
    logger.fatal({ err: error }, 'start failed');
    process.exit(1);
  });
}
