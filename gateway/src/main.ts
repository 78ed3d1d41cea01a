import { loadConfigOrExit } from '@mam/config';
import { createLogger } from '@mam/logger';
import { gatewayConfigShape } from './config';
import { createGateway } from './gateway';

const config = loadConfigOrExit(gatewayConfigShape);
const logger = createLogger('gateway', config.LOG_LEVEL);
const gateway = createGateway(config, { logger });
const shutdown = () => void gateway.stop().then(() => process.exit(0), () => process.exit(1));
process.on('SIGTERM', shutdown);
process.on('SIGINT', shutdown);
gateway.start().catch((error) => {
  logger.fatal({ err: error }, 'gateway failed to start');
  process.exit(1);
});
