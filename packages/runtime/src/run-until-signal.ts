import type { Logger } from '@mam/logger';
import { onStopSignal } from './on-stop-signal';

/** For a process's main.ts (a service, the gateway): start, then on SIGTERM or SIGINT stop (drain) and exit. */
export function runUntilSignal(part: { start(): Promise<unknown>; stop(): Promise<void> }, logger: Logger): void {
  onStopSignal((signal) => {
    logger.info({ signal }, 'draining');
    part.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, 'drain failed');
        process.exit(1);
      },
    );
  });
  part.start().catch((error: unknown) => {
    logger.fatal({ err: error }, 'start failed');
    process.exit(1);
  });
}
